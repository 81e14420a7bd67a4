import { createStore, type StoreApi } from 'zustand/vanilla';
import { afterNextPaint } from './schedule';

/** How a mirror follows its store. */
export interface MirrorTiming<S> {
  /**
   * Changes the mirror takes at once, in the same update as the store: e.g. a new step, so that
   * the step on screen and the step read beside the plot never differ, and Pause stops both in
   * one frame. Every other change waits for the next paint.
   */
  readonly now?: (next: S, prev: S) => boolean;
  /**
   * Runs a job just after the next paint (afterNextPaint; tests pass their own). Never cancelled:
   * a mirror follows its store for the store's whole life.
   */
  readonly schedule?: (job: () => void) => void;
}

/**
 * How long after the main thread hands a frame over the mirror's update waits, ms. The frame is
 * not on screen yet: its tiles are rastered and the display compositor draws it on other threads
 * for several ms more, and on a 2-core machine a main-thread task then competes with them. 8 ms
 * keeps the update ahead of an auto-repeating key's next press (~33 ms).
 */
export const MIRROR_DELAY_MS = 8;

/**
 * A read-only copy of a store that takes the store's state just after the next paint following
 * a change (MIRROR_DELAY_MS after the frame is handed over; changes `timing.now` accepts: at
 * once); many changes before then become one update, to the newest state.
 *
 * For what a person reads beside the plot (the readout's numbers, the legend, the lesson's
 * caveat): a β key press then paints the slider and the plot in its own frame, and those follow
 * in a task of their own after that paint (usually on screen a frame later), instead of making
 * that frame late (Event Timing, Rosenbrock step 1000, 3 interleaved loads of 80 presses:
 * presses presented after 16.7 ms, 22–35 → 4–5 with 2 runs, 29–44 → 2–4 with 4).
 */
export function afterPaintMirror<S>(
  source: StoreApi<S>,
  timing: MirrorTiming<S> = {},
): StoreApi<S> {
  const { now = () => false, schedule = (job) => afterNextPaint(job, MIRROR_DELAY_MS) } = timing;
  const mirror = createStore<S>()(() => source.getState());
  let pending = false;
  source.subscribe((next, prev) => {
    if (now(next, prev)) {
      mirror.setState(next, true);
      return;
    }
    if (pending) return;
    pending = true;
    schedule(() => {
      pending = false;
      mirror.setState(source.getState(), true);
    });
  });
  return mirror;
}
