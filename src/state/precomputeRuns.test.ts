import { describe, expect, it } from 'vitest';
import { presetById, type Preset } from '../core/presets';
import { createAppStore, precomputeRuns } from './store';
import { parseUrl } from './urlCodec';

describe('precomputeRuns', () => {
  const q = '?fn=ravine&noise=1&seed=7&step=3000&opt=sgd,momentum,nesterov,adam';

  it('computes a run per pause, and a store that takes them up reuses them as they are', async () => {
    const initial = parseUrl(q);
    let pauses = 0;
    const warm = await precomputeRuns(initial, undefined, async () => {
      pauses++;
    });
    expect(pauses).toBe(4);
    // A long link pauses within runs too: 2 runs × (50000 steps in 10 pieces of 5000).
    let more = 0;
    await precomputeRuns(parseUrl('?fn=rosenbrock&step=50000'), undefined, async () => {
      more++;
    });
    expect(more).toBe(20);
    expect(warm.map((e) => e.id)).toEqual(['sgd', 'momentum', 'nesterov', 'adam']);
    const runs = createAppStore(initial, undefined, warm).getState().runs;
    runs.forEach((e, i) => expect(e.run.w).toBe(warm[i]!.run.w));
  });

  it('gives the same numbers as a store computing everything at once (noise included)', async () => {
    const initial = parseUrl(q);
    const warm = await precomputeRuns(initial, undefined, async () => {});
    const cold = createAppStore(initial).getState().runs;
    const taken = createAppStore(initial, undefined, warm).getState().runs;
    expect(taken.map((e) => e.key)).toEqual(cold.map((e) => e.key));
    taken.forEach((e, i) => {
      const c = cold[i]!.run;
      expect(e.run.length).toBe(c.length);
      expect(Array.from(e.run.w.subarray(0, 2 * c.length))).toEqual(
        Array.from(c.w.subarray(0, 2 * c.length)),
      );
    });
  });

  it("computes nothing in the caller's task: it pauses before the first run", async () => {
    // A loss that counts its gradients (the ravine's, under the custom loss's id).
    const ravine = presetById('ravine');
    let grads = 0;
    const counting: Preset = {
      ...ravine,
      id: 'custom',
      grad: (w, out) => {
        grads++;
        return ravine.grad(w, out);
      },
    };
    const initial = parseUrl('?fn=custom&f=0.5*x%5E2%2B25*y%5E2&w0=-9,3&step=3000');
    let atFirstPause = -1;
    const done = precomputeRuns(initial, counting, async () => {
      if (atFirstPause < 0) atFirstPause = grads;
    });
    expect(atFirstPause).toBe(0);
    await done;
    expect(grads).toBeGreaterThan(3000);
  });
});
