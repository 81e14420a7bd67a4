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
  /**
   * The least time between two of the mirror's updates right now, ms (0: none). While a slider
   * or w₀ is dragged the app asks MIRROR_DRAG_SPACING_MS, so what is read beside the plot
   * follows at ~10 Hz instead of in a frame of its own after every move.
   */
  readonly spacing?: () => number;
  /** The time now, ms (performance.now; tests pass their own). */
  readonly clock?: () => number;
  /** Runs a job after `ms` (setTimeout; tests pass their own); returns a cancel. */
  readonly wait?: (job: () => void, ms: number) => () => void;
}

/**
 * How long after the main thread hands a frame over the mirror's update waits, ms. The frame is
 * not on screen yet: its tiles are rastered and the display compositor draws it on other threads
 * for several ms more, and on a 2-core machine a main-thread task then competes with them. 8 ms
 * keeps the update ahead of an auto-repeating key's next press (~33 ms).
 */
export const MIRROR_DELAY_MS = 8;

/**
 * The least time between two updates of a mirror while a pointer is held down (a slider, w₀ or
 * the map dragged), ms. Each update is a frame of its own (the readout's text laid out, the
 * canvases handed over again): after every 60 Hz move that was ~2 ms of the main thread's ~20 ms
 * a move with four runs (CDP task time, 80-move drags). Numbers changing 60 times a second cannot
 * be read anyway; at ~10 Hz they can.
 */
export const MIRROR_DRAG_SPACING_MS = 100;

/**
 * Once the spacing has passed, how long a mirror waits for its source's next change before it
 * follows on its own, ms. An update made at the next change comes just after that change's
 * paint, in the gap before the next move, as every update does without spacing; one made by a
 * timer lands at any moment, often as the next move arrives, and made that move late (every
 * sixth move of a 4-run drag, by ~10 ms: 137 vs 60 of 648 moves over 16.7 ms, 8 loads each).
 * So the timer is only for a drag that stops moving.
 */
export const MIRROR_TRAILING_MS = 50;

/**
 * A read-only copy of a store that takes the store's state just after the next paint following
 * a change (MIRROR_DELAY_MS after the frame is handed over; changes `timing.now` accepts: at
 * once); many changes before then become one update, to the newest state. While
 * `timing.spacing` asks for it, a change within that long of the last update waits for the first
 * change after it (or MIRROR_TRAILING_MS more), and is then taken after that change's paint.
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
  const {
    now = () => false,
    schedule = (job) => afterNextPaint(job, MIRROR_DELAY_MS),
    spacing = () => 0,
    clock = () => performance.now(),
    wait = (job, ms) => {
      const id = setTimeout(job, ms);
      return () => clearTimeout(id);
    },
  } = timing;
  const mirror = createStore<S>()(() => source.getState());
  let pending = false;
  let last = -Infinity;
  let cancelTrailing: (() => void) | undefined;
  const update = () => {
    pending = false;
    last = clock();
    mirror.setState(source.getState(), true);
  };
  const follow = () => {
    cancelTrailing?.();
    cancelTrailing = undefined;
    pending = true;
    schedule(update);
  };
  source.subscribe((next, prev) => {
    if (now(next, prev)) {
      mirror.setState(next, true);
      return;
    }
    if (pending) return;
    const early = last + spacing() - clock();
    if (early <= 0) follow();
    else cancelTrailing ??= wait(follow, early + MIRROR_TRAILING_MS);
  });
  return mirror;
}
