import { describe, expect, it } from 'vitest';
import fc from 'fast-check';
import reference from './fixtures/trajectories.json';
import { findPreset, PRESETS } from './presets';
import { rowOf, runTrajectory, statusAt, statusText, extendTrajectory } from './trajectory';

interface RefRow {
  t: number;
  w: number[];
  m: number[];
  grad: number[];
  loss: number;
}

function close(actual: number, expected: number): boolean {
  return Math.abs(actual - expected) <= 1e-9 * Math.max(Math.abs(expected), 1e-3);
}

describe('runTrajectory reproduces the reference trajectories', () => {
  for (const c of reference.cases) {
    it(`${c.fn} w0=${c.w0.join(',')} eta=${c.eta} beta=${c.beta}`, () => {
      const preset = findPreset(c.fn);
      expect(preset).toBeDefined();
      if (!preset) return;
      const run = runTrajectory(preset, { w0: c.w0, eta: c.eta, beta: c.beta }, c.steps);
      expect(run.length).toBe(c.rows.length);
      for (const row of c.rows as RefRow[]) {
        for (const field of ['w', 'm', 'grad'] as const) {
          const got = rowOf(run, field, row.t);
          row[field].forEach((v, i) => {
            if (!close(got[i] ?? NaN, v))
              throw new Error(`${field}[${i}] at t=${row.t}: ${got[i]} vs ${v}`);
          });
        }
        expect(close(run.loss[row.t] ?? NaN, row.loss)).toBe(true);
      }
    });
  }
});

describe('runTrajectory', () => {
  const quadratic = findPreset('quadratic')!;
  const ravine = findPreset('ravine')!;

  it('with beta = 0 takes exactly the plain SGD step w - eta*grad', () => {
    fc.assert(
      fc.property(
        fc.constantFrom(...PRESETS),
        fc.double({ min: -3, max: 3, noNaN: true }),
        fc.double({ min: -3, max: 3, noNaN: true }),
        fc.double({ min: 1e-5, max: 0.01, noNaN: true }),
        (p, x, y, eta) => {
          const w0 = p.dim === 1 ? [x] : [x, y];
          const run = runTrajectory(p, { w0, eta, beta: 0 }, 20);
          const w = [...w0];
          for (let t = 1; t < run.length; t++) {
            const g = p.grad(w, [0, 0]);
            for (let i = 0; i < p.dim; i++) w[i] = (w[i] ?? 0) - eta * (g[i] ?? 0);
            // Exact float equality (=== treats +0 and −0 alike, as arithmetic does), except that
            // the run flushes subnormals (below 2.2e-308) to 0.
            rowOf(run, 'w', t).forEach((v, i) =>
              expect(v === w[i] || Math.abs(v - (w[i] ?? 0)) < 1e-300).toBe(true),
            );
          }
        },
      ),
    );
  });

  it('stops at the first diverged step and keeps the rows before it', () => {
    const run = runTrajectory(quadratic, { w0: [1], eta: 2.5, beta: 0.9 }, 1000);
    expect(run.divergedAt).not.toBeNull();
    expect(run.length).toBe(run.divergedAt);
    for (let t = 0; t < run.length; t++) {
      expect(Math.abs(run.w[t] ?? NaN)).toBeLessThanOrEqual(1e12);
      expect(Number.isFinite(run.loss[t])).toBe(true);
    }
    expect(statusText(statusAt(run, run.length - 1))).toBe('running');
    expect(statusText(statusAt(run, run.divergedAt!))).toBe(`diverged at step ${run.divergedAt}`);
  });

  it('reports the first step where both the gradient and m are below 1e-6', () => {
    const run = runTrajectory(quadratic, { w0: [2.5], eta: 0.1, beta: 0.5 }, 1000);
    const k = run.convergedAt!;
    expect(k).toBeGreaterThan(0);
    const small = (t: number) =>
      Math.abs(run.grad[t] ?? 1) < 1e-6 && Math.abs(run.m[t] ?? 1) < 1e-6;
    expect(small(k)).toBe(true);
    for (let t = 0; t < k; t++) expect(small(t)).toBe(false);
    expect(statusText(statusAt(run, k - 1))).toBe('running');
    expect(statusText(statusAt(run, k + 5))).toBe(`converged at step ${k}`);
  });

  it('extends a run to the same values as computing it whole', () => {
    const whole = runTrajectory(ravine, { w0: [-9, 3], eta: 0.035, beta: 0.9 }, 300);
    const short = runTrajectory(ravine, { w0: [-9, 3], eta: 0.035, beta: 0.9 }, 100);
    const extended = extendTrajectory(ravine, short, 300);
    expect(extended.length).toBe(301);
    const rows = (r: typeof whole, f: 'w' | 'm') => Array.from(r[f].subarray(0, r.length * r.dim));
    expect(rows(extended, 'w')).toEqual(rows(whole, 'w'));
    expect(rows(extended, 'm')).toEqual(rows(whole, 'm'));
  });

  it('extends in place while there is room, and old views keep their own length', () => {
    let run = runTrajectory(ravine, { w0: [-9, 3], eta: 0.035, beta: 0.9 }, 10);
    const first = run;
    let copies = 0;
    for (let n = 20; n <= 5000; n += 10) {
      const next = extendTrajectory(ravine, run, n);
      if (next.w !== run.w) copies++;
      run = next;
    }
    // Doubling: about log2(5000/10) copies, not one per extension.
    expect(copies).toBeLessThanOrEqual(10);
    expect(first.length).toBe(11);
    const whole = runTrajectory(ravine, { w0: [-9, 3], eta: 0.035, beta: 0.9 }, 5000);
    expect(Array.from(run.w.subarray(0, 10002))).toEqual(Array.from(whole.w.subarray(0, 10002)));
  });
});

describe('subnormals', () => {
  it('are flushed to 0, so a settled run never crawls through subnormal arithmetic', () => {
    const p = findPreset('ravine')!;
    const run = runTrajectory(p, { w0: [-9, 3], eta: 0.038, beta: 0, optimizer: 'sgd' }, 100000);
    for (let i = 0; i < run.length * 2; i++) {
      const v = Math.abs(run.w[i] ?? 0);
      expect(v === 0 || v >= 2.2250738585072014e-308).toBe(true);
    }
  });
});
