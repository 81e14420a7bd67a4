/**
 * While a slider is being dragged, or an arrow key held down on it, and for SLIDING_HOLD_MS
 * after, the page's root carries `data-sliding`; the stylesheet then lets the browser skip
 * rendering the anatomy panels that are off screen (content-visibility: auto).
 *
 * Why: the panels do not change while a slider moves (they follow once the settings have been
 * still for SETTLE_MS), yet with four runs their ~7,000 typeset elements cost every frame of a β
 * drag 2–3 ms of layout, hit-testing and layerizing (profiled: the cost goes with the KaTeX
 * elements' presence, not with anything they do). Only for a continuous slide: the switch itself
 * costs a frame ~8 ms, so a single click or key press leaves the page as it is. Released
 * SLIDING_HOLD_MS after the slide, sooner than the panels follow it, so they are rendered again,
 * unchanged and cheap to show, before they update; and a page at rest has every panel rendered
 * (full-page captures and printing see them all).
 */

/** How long after a slide ends the panels stay skippable, ms (less than the panels' SETTLE_MS). */
export const SLIDING_HOLD_MS = 100;

/** True for an event on a range input. */
const onRange = (e: Event): boolean => {
  const target = e.target as Partial<HTMLInputElement> | null;
  return target?.tagName === 'INPUT' && target.type === 'range';
};

/** What skipPanelsWhileSliding uses of a document (a fake in unit tests). */
export type SlidingDocument = Pick<Document, 'addEventListener' | 'removeEventListener'> & {
  documentElement: { dataset: DOMStringMap };
  defaultView: Pick<Window, 'addEventListener' | 'removeEventListener'> | null;
};

/**
 * Marks `doc`'s root during a slide on a range input (a pointer pressed on it and moved, or a
 * key auto-repeating on it) and until `holdMs` after the slide ends. Returns a cleanup that
 * removes the listeners and the mark.
 */
export function skipPanelsWhileSliding(doc: SlidingDocument, holdMs = SLIDING_HOLD_MS): () => void {
  const root = doc.documentElement;
  let pressed = false;
  let timer: ReturnType<typeof setTimeout> | undefined;
  const mark = () => {
    if (timer !== undefined) clearTimeout(timer);
    timer = undefined;
    if (root.dataset.sliding !== 'true') root.dataset.sliding = 'true';
  };
  const release = () => {
    pressed = false;
    if (root.dataset.sliding === undefined || timer !== undefined) return;
    timer = setTimeout(() => {
      timer = undefined;
      delete root.dataset.sliding;
    }, holdMs);
  };
  const down = (e: Event) => {
    pressed = onRange(e);
  };
  const move = () => {
    if (pressed) mark();
  };
  const key = (e: Event) => {
    if ((e as KeyboardEvent).repeat && onRange(e)) mark();
  };
  const listeners: [string, (e: Event) => void][] = [
    ['pointerdown', down],
    ['pointermove', move],
    ['keydown', key],
    ['pointerup', release],
    ['pointercancel', release],
    ['keyup', release],
  ];
  for (const [type, l] of listeners) doc.addEventListener(type, l, true);
  doc.defaultView?.addEventListener('blur', release);
  return () => {
    for (const [type, l] of listeners) doc.removeEventListener(type, l, true);
    doc.defaultView?.removeEventListener('blur', release);
    if (timer !== undefined) clearTimeout(timer);
    delete root.dataset.sliding;
  };
}
