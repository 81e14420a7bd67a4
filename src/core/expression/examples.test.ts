import { describe, expect, it } from 'vitest';
import { createNoise } from '../noise';
import { runTrajectory, type Trajectory } from '../trajectory';
import { checkFiniteAt, compileLoss, EXAMPLE_LOSSES, type CompiledLoss } from './index';

function loss(id: string): { f: CompiledLoss; ex: (typeof EXAMPLE_LOSSES)[number] } {
  const ex = EXAMPLE_LOSSES.find((e) => e.id === id);
  if (!ex) throw new Error(`no example ${id}`);
  const r = compileLoss(ex.expression);
  if (!r.ok) throw new Error(r.error);
  return { f: r.loss, ex };
}

function run(id: string, beta: number, steps: number, w0?: number[]): Trajectory {
  const { f, ex } = loss(id);
  return runTrajectory(f, { w0: w0 ?? ex.w0, eta: ex.eta, beta }, steps);
}

function last(t: Trajectory): number[] {
  const k = t.length - 1;
  return Array.from(t.w.subarray(k * t.dim, (k + 1) * t.dim));
}

function firstStepBelow(t: Trajectory, level: number): number {
  for (let k = 0; k < t.length; k++) if ((t.loss[k] ?? Infinity) < level) return k;
  return Infinity;
}

describe('EXAMPLE_LOSSES', () => {
  it('has unique ids and a saddle, a ring valley, a rippled bowl and a 1D curve', () => {
    expect(new Set(EXAMPLE_LOSSES.map((e) => e.id)).size).toBe(EXAMPLE_LOSSES.length);
    expect(EXAMPLE_LOSSES.map((e) => e.id)).toEqual(['saddle', 'ring', 'ripples', 'bumpy-curve']);
  });

  for (const ex of EXAMPLE_LOSSES) {
    describe(ex.name, () => {
      const r = compileLoss(ex.expression);

      it('compiles, with w₀ and the view in its dimension, and can start at w₀', () => {
        expect(r.ok).toBe(true);
        if (!r.ok) return;
        expect(r.loss.text).toBe(ex.expression);
        expect(ex.w0).toHaveLength(r.loss.dim);
        expect(ex.view).toHaveLength(r.loss.dim);
        ex.view.forEach(([lo, hi], i) => {
          expect(lo).toBeLessThan(hi);
          expect(ex.w0[i]).toBeGreaterThanOrEqual(lo);
          expect(ex.w0[i]).toBeLessThanOrEqual(hi);
        });
        expect(checkFiniteAt(r.loss, ex.w0)).toBeNull();
        expect(ex.eta).toBeGreaterThan(0);
        expect(ex.beta).toBeGreaterThanOrEqual(0);
        expect(ex.beta).toBeLessThan(1);
      });

      it('has its listed minima inside [−3, 3], where the gradient vanishes and a grid finds nothing lower', () => {
        if (!r.ok) throw new Error(r.error);
        const f = r.loss;
        let best = Infinity;
        const n = f.dim === 1 ? 6000 : 600;
        const grid = Array.from({ length: n + 1 }, (_, i) => -3 + (6 * i) / n);
        if (f.dim === 1) for (const x of grid) best = Math.min(best, f.loss([x]));
        else for (const x of grid) for (const y of grid) best = Math.min(best, f.loss([x, y]));
        for (const m of ex.minima) {
          m.forEach((v) => expect(Math.abs(v)).toBeLessThanOrEqual(3));
          const g = f.grad(m, [NaN, NaN]);
          for (let i = 0; i < f.dim; i++) expect(Math.abs(g[i] ?? NaN)).toBeLessThan(1e-4);
          expect(f.loss(m)).toBeLessThanOrEqual(best + 1e-9);
        }
      });
    });
  }

  it('saddle: SGD lingers by the saddle about 70 steps, momentum leaves in under 30', () => {
    const sgd = firstStepBelow(run('saddle', 0, 300), -0.5);
    const momentum = firstStepBelow(run('saddle', 0.9, 300), -0.5);
    expect(sgd).toBeGreaterThanOrEqual(60);
    expect(sgd).toBeLessThanOrEqual(80);
    expect(momentum).toBeLessThan(30);
  });

  it('saddle: from y = 0 exactly both stop at the saddle, and noise lets them off', () => {
    for (const beta of [0, 0.9]) {
      const t = run('saddle', beta, 400, [2.5, 0]);
      expect(t.convergedAt).not.toBeNull();
      last(t).forEach((v) => expect(Math.abs(v)).toBeLessThan(1e-6));
    }
    const { f, ex } = loss('saddle');
    for (const seed of [1, 2, 3]) {
      for (const beta of [0, 0.9]) {
        const t = runTrajectory(
          f,
          { w0: [2.5, 0], eta: ex.eta, beta, noise: createNoise(seed, 0.5, 2) },
          100,
        );
        expect(firstStepBelow(t, -0.5)).toBeLessThan(100);
      }
    }
  });

  it('ring: momentum reaches the lowest point in 300 steps while SGD is still crawling', () => {
    const [mx, my] = last(run('ring', 0.9, 300));
    expect(mx).toBeCloseTo(-2.015, 2);
    expect(Math.abs(my ?? NaN)).toBeLessThan(0.01);
    const sgd = run('ring', 0, 300);
    expect(sgd.loss[300]).toBeGreaterThan(0);
  });

  it('ripples: SGD stops in a ripple, momentum reaches a lowest dip', () => {
    const sgd = run('ripples', 0, 400);
    expect(sgd.convergedAt).not.toBeNull();
    expect(sgd.loss[sgd.length - 1]).toBeGreaterThan(0.3);
    const momentum = run('ripples', 0.9, 400);
    expect(momentum.loss[momentum.length - 1]).toBeCloseTo(-0.33022, 4);
  });

  it('bumpy curve: SGD settles near 2.41, momentum rolls to 0, and η = 0.02 or 0.1 stop a dip short', () => {
    expect(last(run('bumpy-curve', 0, 300))[0]).toBeCloseTo(2.413, 3);
    expect(Math.abs(last(run('bumpy-curve', 0.9, 400))[0] ?? NaN)).toBeLessThan(1e-3);
    const { f, ex } = loss('bumpy-curve');
    for (const [eta, end] of [
      [0.02, 1.208],
      [0.1, -1.208],
    ] as const) {
      const t = runTrajectory(f, { w0: ex.w0, eta, beta: 0.9 }, 400);
      expect(last(t)[0]).toBeCloseTo(end, 2);
    }
  });
});
