import { describe, expect, it } from 'vitest';
import fc from 'fast-check';
import { PRESETS } from './presets';
import { rowOf, runTrajectory } from './trajectory';
import { decompose, effectiveMemory, geometricTotal } from './decomposition';

describe('decompose', () => {
  it('its terms add up to m_t within 1e-12 relative, in 1D and 2D', () => {
    fc.assert(
      fc.property(
        fc.constantFrom(...PRESETS),
        fc.double({ min: 0, max: 0.99, noNaN: true }),
        fc.integer({ min: 0, max: 200 }),
        (p, beta, t) => {
          const run = runTrajectory(p, { w0: p.w0, eta: p.eta, beta }, 200);
          const d = decompose(run, t, 1000);
          const m = rowOf(run, 'm', d.t);
          for (let i = 0; i < p.dim; i++) {
            const scale = d.terms.reduce((s, term) => s + Math.abs(term.value[i] ?? 0), 0);
            expect(Math.abs((d.sum[i] ?? NaN) - (m[i] ?? NaN))).toBeLessThanOrEqual(
              1e-12 * Math.max(scale, Number.MIN_VALUE) + 1e-300,
            );
          }
        },
      ),
    );
  });

  it('lists the newest terms first with weights 1, 0.9, 0.81, 0.729 at beta 0.9', () => {
    const p = PRESETS[0]!;
    const run = runTrajectory(p, { w0: [2.5], eta: 0.1, beta: 0.9 }, 10);
    const d = decompose(run, 5);
    expect(d.terms.map((t) => t.gradStep)).toEqual([4, 3, 2, 1, 0]);
    expect(d.terms.slice(0, 4).map((t) => t.weight)).toEqual([1, 0.9, 0.81, 0.9 * 0.81]);
    expect(d.terms[0]!.value[0]).toBeCloseTo(0.1 * (run.grad[4] ?? NaN), 15);
  });

  it('aggregates the terms past maxTerms into one rest term', () => {
    const p = PRESETS[0]!;
    const run = runTrajectory(p, { w0: [2.5], eta: 0.01, beta: 0.9 }, 100);
    const d = decompose(run, 100, 30);
    expect(d.terms).toHaveLength(30);
    expect(d.restCount).toBe(70);
    const listed = d.terms.reduce((s, t) => s + (t.value[0] ?? 0), 0);
    expect(listed + (d.rest[0] ?? 0)).toBeCloseTo(d.sum[0] ?? NaN, 12);
    expect(d.restWeight).toBeCloseTo(geometricTotal(0.9, 100) - geometricTotal(0.9, 30), 12);
  });

  it('aggregates the older terms to the same sum as adding them one by one', () => {
    fc.assert(
      fc.property(
        fc.constantFrom(...PRESETS),
        fc.double({ min: 0, max: 0.99, noNaN: true }),
        fc.integer({ min: 31, max: 300 }),
        (p, beta, t) => {
          const run = runTrajectory(p, { w0: p.w0, eta: p.eta, beta }, 300);
          const shortList = decompose(run, t, 30);
          const full = decompose(run, t, 100000);
          for (let i = 0; i < p.dim; i++) {
            const older = full.terms.slice(30);
            const explicit = older.reduce((s, term) => s + (term.value[i] ?? 0), 0);
            const scale = older.reduce((s, term) => s + Math.abs(term.value[i] ?? 0), 0);
            expect(Math.abs((shortList.rest[i] ?? NaN) - explicit)).toBeLessThanOrEqual(
              1e-12 * scale + 1e-300,
            );
          }
          expect(shortList.restCount).toBe(full.terms.length - 30);
        },
      ),
    );
  });

  it('gives SGD a single term: m_t = eta * g_{t-1}', () => {
    const p = PRESETS[1]!;
    const run = runTrajectory(p, { w0: [2], eta: 0.02, beta: 0 }, 10);
    const d = decompose(run, 7);
    expect(d.terms[0]!.value[0]).toBe(run.m[7]);
    expect(d.terms.slice(1).every((t) => t.value[0] === 0)).toBe(true);
  });

  it('computes the total weight (1 - beta^t)/(1 - beta) and memory 1/(1 - beta)', () => {
    expect(geometricTotal(0.9, 1)).toBeCloseTo(1, 15);
    expect(geometricTotal(0.9, 3)).toBeCloseTo(2.71, 15);
    expect(geometricTotal(0, 5)).toBe(1);
    expect(effectiveMemory(0.9)).toBeCloseTo(10, 12);
  });
});
