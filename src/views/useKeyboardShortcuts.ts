import { useEffect } from 'react';
import { useAppStore } from '../state/StoreContext';

/**
 * True when the key belongs to the focused element: typing in a box, a select, a slider (whose
 * arrows and Home move it), anything editable, a scroller marked data-keys="own" (arrows scroll
 * it), or — for Space and Enter — a control that Space
 * already activates (button, link, checkbox…). Shortcuts must not act twice or steal keys there.
 */
function keyBelongsToTarget(target: EventTarget | null, key: string): boolean {
  if (!(target instanceof Element)) return false;
  if (target.closest('input, textarea, select, [contenteditable=""], [contenteditable="true"]'))
    return true;
  if (
    target.closest(
      '[role="slider"], [role="textbox"], [role="spinbutton"], [role="listbox"], [data-keys="own"]',
    )
  )
    return true;
  if (key === ' ' || key === 'Enter')
    return target.closest('button, a[href], summary, [role="button"], [role="checkbox"]') !== null;
  return false;
}

/**
 * Page-wide keys: Space play/pause, → step, ← step back, Home reset (back to step 0). Ignored
 * with modifier keys and whenever the focused control owns the key (see keyBelongsToTarget).
 */
export function useKeyboardShortcuts(): void {
  const store = useAppStore();
  useEffect(() => {
    const onKey = (e: KeyboardEvent) => {
      if (e.defaultPrevented || e.ctrlKey || e.metaKey || e.altKey || e.isComposing) return;
      if (keyBelongsToTarget(e.target, e.key)) return;
      const s = store.getState();
      switch (e.key) {
        case ' ':
          // Holding Space would toggle on every auto-repeat; act once per press.
          if (!e.repeat) s.togglePlay();
          break;
        case 'ArrowRight':
          s.stepBy(1);
          break;
        case 'ArrowLeft':
          s.stepBy(-1);
          break;
        case 'Home':
          s.reset();
          break;
        default:
          return;
      }
      // Stop the browser's own meaning of these keys (scrolling the page).
      e.preventDefault();
    };
    window.addEventListener('keydown', onKey);
    return () => window.removeEventListener('keydown', onKey);
  }, [store]);
}
