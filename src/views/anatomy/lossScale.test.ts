import { describe, expect, it } from 'vitest';
import { decimate, lossGap, referenceLoss } from './lossScale';

describe('lossGap', () => {
  it('measures the loss above the lowest minimum, floored so log scales stay finite', () => {
    const lStar = -3.5139;
    expect(lossGap(-3.5139 + 0.25, lStar)).toBeCloseTo(0.25, 12);
    expect(lossGap(-3.6, lStar)).toBeGreaterThan(0);
    expect(lossGap(0, 0)).toBe(1e-15);
    expect(lossGap(Infinity, 0)).toBeNaN();
  });

  it('takes L* from the known minima, or the lowest loss seen when none are known', () => {
    expect(referenceLoss([-1.07, -3.51], () => 0)).toBe(-3.51);
    expect(referenceLoss([], () => -2)).toBe(-2);
  });
});

describe('decimate', () => {
  it('keeps every point at one step per bin', () => {
    expect(decimate(4, (i) => i * i, 1)).toEqual([
      { i: 0, v: 0 },
      { i: 1, v: 1 },
      { i: 2, v: 4 },
      { i: 3, v: 9 },
    ]);
  });

  it('keeps each bin’s first, min, max and last in step order, and skips non-finite values', () => {
    const y = [5, 1, 9, 3, NaN, 2, 2, 2];
    const out = decimate(y.length, (i) => y[i] ?? NaN, 4);
    expect(out.map((p) => p.i)).toEqual([0, 1, 2, 3, 5, 7]);
    const long = decimate(100000, (i) => Math.sin(i), 50);
    expect(long.length).toBeLessThanOrEqual(8000);
  });
});
