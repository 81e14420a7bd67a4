import { useEffect } from 'react';
import { useAppStore } from '../state/StoreContext';

/** Inputs a person types into: they keep every key, Space included. */
const TEXT_ENTRY =
  'input:not([type]), input[type="text"], input[type="search"], input[type="number"], input[type="email"], input[type="url"], input[type="tel"], input[type="password"], textarea, select, [contenteditable=""], [contenteditable="true"], [role="textbox"], [role="spinbutton"], [role="listbox"]';

/**
 * True when the key belongs to the focused element. Text fields keep every key. Sliders (range
 * inputs, the Timeline) keep their arrows, Home and End, and a scroller marked data-keys="own"
 * its arrows. Space belongs to the page everywhere else, even on a focused button or slider
 * (Space always toggles play), except on checkboxes and radios, which Space alone can operate.
 */
function keyBelongsToTarget(target: EventTarget | null, key: string): boolean {
  if (!(target instanceof Element)) return false;
  if (target.closest(TEXT_ENTRY)) return true;
  if (key === ' ')
    return (
      target.closest(
        'input[type="checkbox"], input[type="radio"], [role="checkbox"], [role="radio"]',
      ) !== null
    );
  return (
    target.closest('input[type="range"], [role="slider"], [data-keys="own"]') !== null ||
    (key === 'Enter' && target.closest('button, a[href], summary, [role="button"]') !== null)
  );
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
    // A focused button would also "click" when Space comes back up; the page already acted on it.
    const onKeyUp = (e: KeyboardEvent) => {
      if (e.key === ' ' && !keyBelongsToTarget(e.target, e.key)) e.preventDefault();
    };
    window.addEventListener('keydown', onKey);
    window.addEventListener('keyup', onKeyUp);
    return () => {
      window.removeEventListener('keydown', onKey);
      window.removeEventListener('keyup', onKeyUp);
    };
  }, [store]);
}
