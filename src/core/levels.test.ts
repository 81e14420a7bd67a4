import fc from 'fast-check';
import { describe, expect, it } from 'vitest';
import { sampleGrid } from './grid';
import { logLevels, quantileOfSorted, roundSignificant, sortedFinite } from './levels';
import { PRESETS } from './presets';

describe('roundSignificant', () => {
  it('keeps the requested significant digits', () => {
    expect(roundSignificant(0.024871, 2)).toBe(0.025);
    expect(roundSignificant(123456, 2)).toBe(120000);
    expect(roundSignificant(-3.14159, 3)).toBe(-3.14);
    expect(roundSignificant(0, 2)).toBe(0);
  });
});

describe('quantileOfSorted', () => {
  it('interpolates between sorted finite values', () => {
    const quantile = (values: number[], q: number) => quantileOfSorted(sortedFinite(values), q);
    expect(quantile([3, 1, 2, NaN], 0.5)).toBe(2);
    expect(quantile([0, 10], 0.25)).toBe(2.5);
    expect(Number.isNaN(quantile([NaN], 0.5))).toBe(true);
  });
});

describe('sortedFinite', () => {
  const anyValue = fc.oneof(
    fc.double(),
    fc.constantFrom(NaN, Infinity, -Infinity, 0, -0),
    fc.integer({ min: -5, max: 5 }),
  );
  it('is the finite values, sorted numerically, for typed and plain arrays alike', () => {
    fc.assert(
      fc.property(fc.array(anyValue, { maxLength: 60 }), (values) => {
        // Compared as numbers: a typed array's sort puts −0 before +0, a comparator keeps their order.
        const asNumbers = (xs: Iterable<number>) => [...xs].map((x) => x + 0);
        const expected = asNumbers(values.filter(Number.isFinite).sort((a, b) => a - b));
        expect(asNumbers(sortedFinite(values))).toEqual(expected);
        expect(asNumbers(sortedFinite(Float64Array.from(values)))).toEqual(expected);
      }),
    );
  });
  it('leaves its input as it was', () => {
    const values = Float64Array.from([3, NaN, 1, -Infinity, 2]);
    sortedFinite(values);
    expect([...values]).toEqual([3, NaN, 1, -Infinity, 2]);
  });
});

describe('logLevels', () => {
  it('is strictly increasing, starts at the minimum and stays below the maximum', () => {
    const values = Array.from({ length: 1000 }, (_, i) => 2 + (i / 10) ** 3);
    const levels = logLevels(values, { count: 12 });
    expect(levels[0]).toBe(2);
    expect(levels.length).toBeGreaterThan(8);
    for (let k = 1; k < levels.length; k++) expect(levels[k]!).toBeGreaterThan(levels[k - 1]!);
    expect(levels[levels.length - 1]!).toBeLessThan(2 + 99.9 ** 3);
  });

  it('spaces heights above the minimum by a roughly constant ratio', () => {
    const values = Array.from({ length: 10001 }, (_, i) => i / 10); // 0 … 1000
    const levels = logLevels(values, { count: 7, digits: 3 });
    const ratios = levels.slice(2).map((l, k) => l / levels[k + 1]!);
    const mean = ratios.reduce((a, b) => a + b) / ratios.length;
    for (const r of ratios) expect(Math.abs(r / mean - 1)).toBeLessThan(0.02);
  });

  it('handles flat and empty input', () => {
    expect(logLevels([5, 5, 5])).toEqual([5]);
    expect(logLevels([NaN, Infinity])).toEqual([]);
  });

  it('puts levels in both the floor and the walls of every 2D preset', () => {
    for (const p of PRESETS.filter((q) => q.dim === 2)) {
      const g = sampleGrid(p.loss, p.view[0]!, p.view[1]!, 120, 120);
      const levels = logLevels(g.values);
      expect(levels.length, p.id).toBeGreaterThanOrEqual(12);
      // Several levels lie in the lowest 1% of the range (the valley floor is not one colour) …
      const lowBand = levels.filter((l) => l - g.min < (g.max - g.min) * 0.01).length;
      expect(lowBand, p.id).toBeGreaterThanOrEqual(4);
      // … and the top band still covers some of the grid (the walls are not one colour either).
      const top = levels[levels.length - 1]!;
      expect(
        g.values.some((v) => v > top),
        p.id,
      ).toBe(true);
    }
  });
});
