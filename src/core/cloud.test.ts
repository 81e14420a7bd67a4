import { describe, expect, it } from 'vitest';
import { cloudSeed, lossBand, runCloudMember, type CloudSpec } from './cloud';
import { createNoise } from './noise';
import { presetById } from './presets';
import { runTrajectory } from './trajectory';

const spec: CloudSpec = {
  w0: [-9, 3],
  runs: [
    { id: 'sgd', eta: 0.02 },
    { id: 'momentum', eta: 0.02 },
  ],
  beta: 0.9,
  sigma: 2,
  seed: 10,
  count: 8,
  steps: 300,
};

describe('noise clouds', () => {
  it('member k is the run of seed + k, identical to the app’s own run for that seed', () => {
    const p = presetById('ravine');
    const member = runCloudMember(p, spec, spec.runs[1]!, 3);
    const direct = runTrajectory(
      p,
      { w0: [-9, 3], eta: 0.02, beta: 0.9, optimizer: 'momentum', noise: createNoise(13, 2, 2) },
      300,
    );
    expect(Array.from(member.w.subarray(0, 602))).toEqual(Array.from(direct.w.subarray(0, 602)));
    expect(cloudSeed(4294967295, 1)).toBe(0);
  });

  it('the band holds the median between the 10 % and 90 % quantiles at every step', () => {
    const losses = [0, 1, 2, 3, 4].map((k) => Float64Array.from([k, k * 2, k * 3]));
    const b = lossBand(losses, 2);
    expect(Array.from(b.median)).toEqual([2, 4, 6]);
    expect(b.q10[0]).toBeCloseTo(0.4, 12);
    expect(b.q90[2]).toBeCloseTo(3.6 * 3, 12);
  });

  it('a member that stopped early drops out of later steps', () => {
    const b = lossBand([Float64Array.from([1, 1]), Float64Array.from([3])], 1);
    expect(b.median[0]).toBe(2);
    expect(b.median[1]).toBe(1);
  });

  it('once settled, at the same η momentum hovers higher with a wider band; at η·(1−β) it matches SGD', () => {
    const p = presetById('ravine');
    const settled = { ...spec, count: 32, steps: 3000, seed: 1 };
    const band = (r: CloudSpec['runs'][number]) =>
      lossBand(
        Array.from({ length: 32 }, (_, k) => runCloudMember(p, settled, r, k).loss),
        3000,
      );
    const width = (b: ReturnType<typeof band>) => (b.q90[3000] ?? 0) - (b.q10[3000] ?? 0);
    const sgd = width(band({ id: 'sgd', eta: 0.01 }));
    const mom = width(band({ id: 'momentum', eta: 0.01 }));
    const slow = width(band({ id: 'momentum', eta: 0.001 }));
    expect(mom).toBeGreaterThan(3 * sgd);
    expect(slow).toBeGreaterThan(sgd / 2);
    expect(slow).toBeLessThan(2 * sgd);
  });
});
