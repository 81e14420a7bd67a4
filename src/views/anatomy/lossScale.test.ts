import { describe, expect, it } from 'vitest';
import fc from 'fast-check';
import { bandSeries, decadeLabel, decimate, lossGap, referenceLoss } from './lossScale';

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

describe('decimate, any series', () => {
  it('asks for each value once and keeps each bin’s first, min, max and last, in order', () => {
    const value = fc.oneof(fc.double({ min: -1e6, max: 1e6, noNaN: true }), fc.constant(NaN));
    fc.assert(
      fc.property(fc.array(value, { maxLength: 60 }), fc.integer({ min: 1, max: 9 }), (ys, bin) => {
        const asked = new Array<number>(ys.length).fill(0);
        const out = decimate(
          ys.length,
          (i) => ((asked[i] = (asked[i] ?? 0) + 1), ys[i] ?? NaN),
          bin,
        );
        expect(asked.every((k) => k === 1)).toBe(true);
        const idx = out.map((p) => p.i);
        for (let k = 1; k < idx.length; k++) expect(idx[k]).toBeGreaterThan(idx[k - 1] ?? -1);
        for (const p of out) expect(p.v).toBe(ys[p.i]);
        for (let start = 0; start < ys.length; start += bin) {
          const ids = ys.map((_, i) => i).slice(start, start + bin);
          const finite = ids.filter((i) => Number.isFinite(ys[i]));
          if (finite.length === 0) continue;
          const v = (i: number) => ys[i] ?? NaN;
          const min = finite.reduce((a, i) => (v(i) < v(a) ? i : a));
          const max = finite.reduce((a, i) => (v(i) > v(a) ? i : a));
          const want = [ids[0], min, max, ids[ids.length - 1]].filter(
            (i): i is number => i !== undefined && Number.isFinite(v(i)),
          );
          for (const i of want) expect(idx).toContain(i);
          expect(idx.filter((i) => i >= start && i < start + bin).length).toBe(new Set(want).size);
        }
      }),
    );
  });
});

describe('bandSeries', () => {
  it('keeps each step’s q10 and q90 as gaps above L* at one step per bin', () => {
    const q10 = [1, 0.5, 0.25];
    const q90 = [3, 2, 1];
    expect(bandSeries(q10, q90, 3, 0, 1)).toEqual([
      { i: 0, lo: 1, hi: 3 },
      { i: 1, lo: 0.5, hi: 2 },
      { i: 2, lo: 0.25, hi: 1 },
    ]);
  });

  it('never narrows the band when it bins, skips missing steps and stops at n', () => {
    const q10 = [1, 0.1, NaN, 0.5, 0.2];
    const q90 = [2, 5, NaN, 0.9, 0.3];
    expect(bandSeries(q10, q90, 4, 0, 2)).toEqual([
      { i: 0, lo: 0.1, hi: 5 },
      { i: 3, lo: 0.5, hi: 0.9 },
    ]);
    // L* = −1 shifts every gap by 1; only the first `steps` rows exist.
    expect(bandSeries([0], [1], 10, -1, 1)).toEqual([{ i: 0, lo: 1, hi: 2 }]);
  });
});

describe('decadeLabel', () => {
  it('writes powers of ten with superscript exponents, never e-notation', () => {
    expect(decadeLabel(100)).toBe('10²');
    expect(decadeLabel(1e-6)).toBe('10⁻⁶');
    expect(decadeLabel(1e-12)).toBe('10⁻¹²');
    expect(decadeLabel(1)).toBe('1');
    expect(decadeLabel(10)).toBe('10¹');
  });
});
