import { describe, expect, it } from 'vitest';
import { compileLoss } from '../../core/expression';
import { customPreset, presetById } from '../../core/presets';
import { rowOf } from '../../core/trajectory';
import { computeRuns } from '../../state/runs';
import { presetSettings } from '../../state/settings';
import {
  constantCurvature,
  curvatureRun,
  localCurvature,
  roundedEigenvalues,
} from './localCurvature';

describe('local curvature for the theory panel', () => {
  it('takes the Hessian at momentum’s point at the step on screen (Rosenbrock, analytic)', () => {
    const rosen = presetById('rosenbrock');
    const settings = { ...presetSettings(rosen), opt: ['sgd', 'momentum'] as const };
    const runs = computeRuns(rosen, { ...settings, opt: [...settings.opt] }, 12);
    const c = localCurvature(rosen, runs, 12)!;
    expect(c.at?.id).toBe('momentum');
    expect(c.at?.t).toBe(12);
    const momentum = runs.find((e) => e.id === 'momentum')!.run;
    const [x, y] = rowOf(momentum, 'w', 12) as [number, number];
    expect(c.at?.w).toEqual([x, y]);
    // Rosenbrock's Hessian [[2 − 400(y − x²) + 800x², −400x], [−400x, 200]].
    const hxx = 2 - 400 * (y - x * x) + 800 * x * x;
    const hxy = -400 * x;
    const trace = hxx + 200;
    const det = hxx * 200 - hxy * hxy;
    const [l1, l2] = c.eigenvalues as [number, number];
    expect(l1 + l2).toBeCloseTo(trace, 8);
    expect((l1 * l2) / det).toBeCloseTo(1, 8);
    expect(l1).toBeLessThanOrEqual(l2);
    expect(c.positiveDefinite).toBe(l1 > 0);
  });

  it('uses Nesterov’s point without momentum, else the first run’s', () => {
    const mk = (ids: string[]) => ids.map((id) => ({ id, key: id, run: null })) as never;
    expect(curvatureRun(mk(['sgd', 'nesterov']))).toBe('nesterov');
    expect(curvatureRun(mk(['adam', 'sgd']))).toBe('adam');
    expect(curvatureRun(mk(['nesterov', 'momentum']))).toBe('momentum');
    expect(curvatureRun([])).toBeNull();
  });

  it('finds negative curvature on the double well’s hump: not positive definite', () => {
    const well = presetById('double-well');
    const settings = { ...presetSettings(well), w0: [0.1] };
    const runs = computeRuns(well, settings, 0);
    const c = localCurvature(well, runs, 0)!;
    // L'' = 12w² − 6 at w = 0.1.
    expect(c.eigenvalues[0]).toBeCloseTo(12 * 0.01 - 6, 12);
    expect(c.positiveDefinite).toBe(false);
  });

  it('differentiates the exact gradient of a custom loss', () => {
    const parsed = compileLoss('x^2 + 3*x*y + 5*y^2');
    if (!parsed.ok) throw new Error(parsed.error);
    const loss = customPreset(parsed.loss);
    const settings = { ...presetSettings(loss, undefined, 'x^2 + 3*x*y + 5*y^2'), w0: [1, 1] };
    const c = localCurvature(loss, computeRuns(loss, settings, 3), 3)!;
    // [[2, 3], [3, 10]]: eigenvalues 6 ∓ √25 = 1 and 11.
    const [a, b] = roundedEigenvalues(c.eigenvalues);
    expect(a).toBe(1);
    expect(b).toBe(11);
    expect(c.positiveDefinite).toBe(true);
  });

  it('sorts a constant Hessian’s eigenvalues and rounds them to 4 digits for display', () => {
    expect(constantCurvature([50, 1])).toEqual({
      eigenvalues: [1, 50],
      at: null,
      positiveDefinite: true,
    });
    expect(roundedEigenvalues([1538.94, -0.000123456])).toEqual([1539, -0.0001235]);
  });
});
