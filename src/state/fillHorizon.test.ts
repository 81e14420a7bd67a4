import { describe, expect, it } from 'vitest';
import { createAppStore } from './store';
import { FIRST_PAINT_HORIZON, HORIZON } from './runs';
import { parseUrl } from './urlCodec';

/** Each run's rows as plain numbers: w, and the loss, step by step. */
const rows = (store: ReturnType<typeof createAppStore>) =>
  store.getState().runs.map(({ id, run }) => ({
    id,
    length: run.length,
    w: Array.from(run.w.subarray(0, run.length * run.dim)),
    loss: Array.from(run.loss.subarray(0, run.length)),
  }));

describe('a start that computes only what the first paint needs (fillHorizon)', () => {
  for (const query of [
    '?fn=rosenbrock&step=30',
    '?fn=ravine&noise=0.7&seed=5&step=12&opt=sgd,momentum,nesterov,adam',
    '?fn=double-well&step=0',
  ]) {
    it(`${query}: short first, then the very numbers of a full start`, () => {
      const initial = parseUrl(query);
      const short = createAppStore(initial, undefined, [], FIRST_PAINT_HORIZON);
      const full = createAppStore(initial);
      for (const { run } of short.getState().runs)
        expect(run.length).toBeLessThanOrEqual(initial.step + FIRST_PAINT_HORIZON + 1);
      // (A diverged run stops where it blew up.)
      for (const { run } of full.getState().runs)
        if (run.divergedAt === null) expect(run.length).toBeGreaterThan(initial.step + HORIZON / 2);
      short.getState().fillHorizon();
      expect(rows(short)).toEqual(rows(full));
    });
  }

  it('changes nothing when the runs already reach the horizon', () => {
    const store = createAppStore(parseUrl('?fn=rosenbrock'));
    const before = store.getState().runs;
    store.getState().fillHorizon();
    expect(store.getState().runs).toBe(before);
  });
});
