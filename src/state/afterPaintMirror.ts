import { createStore, type StoreApi } from 'zustand/vanilla';
import { afterNextPaint } from './schedule';

/**
 * A read-only copy of a store that takes the store's state just after the next paint following
 * each change: many changes before that paint become one update, to the newest state.
 *
 * For what a person reads beside the plot (the readout's numbers, the legend): a β key press then
 * paints the slider and the plot in its own frame, and those follow a frame later, in a task of
 * their own, instead of making that frame late (Event Timing, Rosenbrock step 1000, 3 interleaved
 * loads of 80 presses: presses presented after 16.7 ms, 22–35 → 4–5 with 2 runs, 29–44 → 2–4
 * with 4).
 *
 * `schedule` runs a job after the next paint and returns a cancel (tests pass their own).
 */
export function afterPaintMirror<S>(
  source: StoreApi<S>,
  schedule: (job: () => void) => () => void = afterNextPaint,
): StoreApi<S> {
  const mirror = createStore<S>()(() => source.getState());
  let pending = false;
  source.subscribe(() => {
    if (pending) return;
    pending = true;
    schedule(() => {
      pending = false;
      mirror.setState(source.getState(), true);
    });
  });
  return mirror;
}
