import { afterNextPaint } from '../state/schedule';
import type { PointerHold } from '../state/pointerHold';

/**
 * While a slider is being dragged, or an arrow key held down on it, and for SLIDING_HOLD_MS
 * after, the page's root carries `data-sliding`; the stylesheet then lets the browser skip
 * rendering the anatomy panels that are off screen (content-visibility: auto).
 *
 * Why: the panels do not change while a slider moves (they follow once the settings have been
 * still for SETTLE_MS), yet with four runs their ~7,000 typeset elements cost every frame of a β
 * drag 1–3 ms of layout, hit-testing and layerizing (profiled: the cost goes with the KaTeX
 * elements' presence, not with anything they do). The switch itself costs ~7 ms of style and
 * layout, so it is made just after the paint that answers the pointer's press (or the key's first
 * repeat), in a task of its own with its layout forced there, not in a later input's frame.
 * Released SLIDING_HOLD_MS after the slide, sooner than the panels follow it, so they are
 * rendered again, unchanged and cheap to show, before they update; a page at rest has every
 * panel rendered (full-page captures and printing see them all).
 */

/** How long after a slide ends the panels stay skippable, ms (less than the panels' SETTLE_MS). */
export const SLIDING_HOLD_MS = 100;

/**
 * How long after the paint that answers the press the switch waits, ms: past the jobs that run at
 * once after that paint, ahead of the readout's update (MIRROR_DELAY_MS after it), and well before
 * a 60 Hz pointer's next move.
 */
export const SLIDING_SWITCH_DELAY_MS = 4;

/** True for an event on a range input. */
const onRange = (e: Event): boolean => {
  const target = e.target as Partial<HTMLInputElement> | null;
  return target?.tagName === 'INPUT' && target.type === 'range';
};

/** What skipPanelsWhileSliding uses of a document (a fake in unit tests). */
export type SlidingDocument = Pick<Document, 'addEventListener' | 'removeEventListener'> & {
  documentElement: { dataset: DOMStringMap; readonly offsetHeight: number };
  defaultView: Pick<Window, 'addEventListener' | 'removeEventListener'> | null;
};

/** When skipPanelsWhileSliding acts (tests pass their own). */
export interface SlidingTiming {
  /** How long after a slide the mark stays, ms. */
  readonly holdMs?: number;
  /** Runs a job `delayMs` after the next paint; returns a cancel (afterNextPaint). */
  readonly afterPaint?: (job: () => void, delayMs: number) => () => void;
}

/**
 * Marks `doc`'s root during a slide on a range input (from just after the paint that answers a
 * pointer pressed on it, or a key's first auto-repeat on it) until `holdMs` after the slide
 * ends: the pointer's release as `hold` (the app's one pointerHold) hears it, the key's keyup,
 * or the window losing focus. Returns a cleanup that removes the listeners and the mark.
 */
export function skipPanelsWhileSliding(
  doc: SlidingDocument,
  hold: PointerHold,
  timing: SlidingTiming = {},
): () => void {
  const { holdMs = SLIDING_HOLD_MS, afterPaint = afterNextPaint } = timing;
  const root = doc.documentElement;
  let sliding = false;
  let cancelMark: (() => void) | undefined;
  let forgetRelease: (() => void) | undefined;
  let timer: ReturnType<typeof setTimeout> | undefined;
  const start = () => {
    sliding = true;
    if (timer !== undefined) clearTimeout(timer);
    timer = undefined;
    if (root.dataset.sliding === 'true' || cancelMark) return;
    cancelMark = afterPaint(() => {
      cancelMark = undefined;
      if (!sliding) return;
      root.dataset.sliding = 'true';
      // The switch's style now, in this task; the panels found off screen in the next frame are
      // then laid out as skipped in a task after that frame, not in the next input's frame.
      void root.offsetHeight;
      cancelMark = afterPaint(() => {
        cancelMark = undefined;
        void root.offsetHeight;
      }, SLIDING_SWITCH_DELAY_MS);
    }, SLIDING_SWITCH_DELAY_MS);
  };
  const release = () => {
    sliding = false;
    forgetRelease?.();
    forgetRelease = undefined;
    cancelMark?.();
    cancelMark = undefined;
    if (root.dataset.sliding === undefined || timer !== undefined) return;
    timer = setTimeout(() => {
      timer = undefined;
      delete root.dataset.sliding;
    }, holdMs);
  };
  const down = (e: Event) => {
    if (!onRange(e)) return;
    start();
    forgetRelease ??= hold.onRelease(release);
  };
  const key = (e: Event) => {
    if ((e as KeyboardEvent).repeat && onRange(e)) start();
  };
  const listeners: [string, (e: Event) => void][] = [
    ['pointerdown', down],
    ['keydown', key],
    ['keyup', release],
  ];
  for (const [type, l] of listeners) doc.addEventListener(type, l, true);
  doc.defaultView?.addEventListener('blur', release);
  return () => {
    for (const [type, l] of listeners) doc.removeEventListener(type, l, true);
    doc.defaultView?.removeEventListener('blur', release);
    forgetRelease?.();
    cancelMark?.();
    if (timer !== undefined) clearTimeout(timer);
    delete root.dataset.sliding;
  };
}
