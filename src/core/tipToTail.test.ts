import { describe, expect, it } from 'vitest';
import fc from 'fast-check';
import { PRESETS, presetById } from './presets';
import { rowOf, runTrajectory } from './trajectory';
import { tipToTailPoints } from './tipToTail';
import { decompose } from './decomposition';

describe('tipToTailPoints', () => {
  it('starts at w_{t−1} and ends at w_t within 1e-12 relative, in 1D and 2D', () => {
    fc.assert(
      fc.property(
        fc.constantFrom(...PRESETS),
        fc.double({ min: 0, max: 0.99, noNaN: true }),
        fc.integer({ min: 1, max: 300 }),
        fc.integer({ min: 1, max: 40 }),
        (p, beta, t, maxTerms) => {
          const run = runTrajectory(p, { w0: p.w0, eta: p.eta, beta }, 300);
          const row = Math.min(t, run.length - 1);
          fc.pre(row >= 1);
          const pts = tipToTailPoints(run, t, maxTerms);
          const first = pts[0] ?? [];
          const last = pts[pts.length - 1] ?? [];
          expect(first).toEqual(rowOf(run, 'w', row - 1));
          const wt = rowOf(run, 'w', row);
          const d = decompose(run, row, maxTerms);
          for (let i = 0; i < p.dim; i++) {
            // Relative to the sizes being added: |w_{t−1}| and Σ|terms|.
            const scale =
              Math.abs(first[i] ?? 0) +
              d.terms.reduce((s, term) => s + Math.abs(term.value[i] ?? 0), 0) +
              Math.abs(d.rest[i] ?? 0);
            expect(Math.abs((last[i] ?? NaN) - (wt[i] ?? NaN))).toBeLessThanOrEqual(
              1e-12 * scale + 1e-300,
            );
          }
        },
      ),
    );
  });

  it('has one point per term plus the start, and one more for the aggregated older terms', () => {
    const p = presetById('ravine');
    const run = runTrajectory(p, { w0: p.w0, eta: p.eta, beta: p.beta }, 100);
    expect(tipToTailPoints(run, 5, 30)).toHaveLength(6);
    expect(tipToTailPoints(run, 50, 30)).toHaveLength(32);
    expect(tipToTailPoints(run, 0, 30)).toEqual([[-9, 3]]);
  });

  it('moves by −η·g_{t−1} first: the first leg is the SGD-like step', () => {
    const p = presetById('ravine');
    const run = runTrajectory(p, { w0: p.w0, eta: p.eta, beta: p.beta }, 10);
    const [a, b] = tipToTailPoints(run, 3, 30);
    const g = rowOf(run, 'grad', 2);
    expect(b?.[0]).toBeCloseTo((a?.[0] ?? 0) - p.eta * (g[0] ?? 0), 14);
    expect(b?.[1]).toBeCloseTo((a?.[1] ?? 0) - p.eta * (g[1] ?? 0), 14);
  });

  it('stops at the last finite row of a diverged run', () => {
    const p = presetById('quadratic');
    const run = runTrajectory(p, { w0: [2.5], eta: 5, beta: 0.9 }, 1000);
    expect(run.divergedAt).not.toBeNull();
    const pts = tipToTailPoints(run, 1000, 30);
    expect(pts.every((q) => q.every(Number.isFinite))).toBe(true);
    expect(pts[pts.length - 1]?.[0]).toBeCloseTo(run.w[run.length - 1] ?? NaN, 0);
  });
});
