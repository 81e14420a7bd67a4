import { describe, expect, it } from 'vitest';
import type { OptimizerId } from '../../core/optimizers/registry';
import { presetById } from '../../core/presets';
import { runTrajectory, statusAt, type RunStatus } from '../../core/trajectory';
import { baselineOf, compareRuns, type RunStatusEntry } from './compareRuns';

const NAMES: Record<OptimizerId, string> = {
  sgd: 'SGD',
  momentum: 'Momentum',
  nesterov: 'Nesterov',
  rmsprop: 'RMSProp',
  adam: 'Adam',
  adagrad: 'AdaGrad',
};
const entry = (id: OptimizerId, status: RunStatus): RunStatusEntry => ({
  id,
  name: NAMES[id],
  status,
});
const conv = (step: number): RunStatus => ({ kind: 'converged', step });

describe('compareRuns', () => {
  it('measures against SGD when shown, else against the first run', () => {
    expect(baselineOf(['nesterov', 'sgd', 'adam'])).toBe('sgd');
    expect(baselineOf(['adam', 'nesterov'])).toBe('adam');
    expect(baselineOf(['adam'])).toBeNull();
  });

  it('says how many times faster or slower each converged run was, in opt order', () => {
    const c = compareRuns([
      entry('nesterov', conv(40)),
      entry('sgd', conv(124)),
      entry('adam', conv(300)),
      entry('momentum', conv(124)),
    ]);
    expect(c.baseline).toBe('sgd');
    expect(c.summary).toBeNull();
    expect(c.comparisons.map((x) => x.text)).toEqual([
      'Nesterov converged 3.1× faster than SGD (40 vs 124 steps).',
      'Adam converged 2.4× slower than SGD (300 vs 124 steps).',
      'Momentum and SGD both converged at step 124: neither was faster.',
    ]);
    expect(c.comparisons.map((x) => x.kind)).toEqual(['faster', 'slower', 'tie']);
  });

  it('keeps the default pair’s sentence: Momentum against SGD', () => {
    const c = compareRuns([entry('sgd', conv(131)), entry('momentum', conv(41))]);
    expect(c.comparisons[0]?.text).toBe(
      'Momentum converged 3.2× faster than SGD (41 vs 131 steps).',
    );
  });

  it('waits, or says why there is no ratio, while runs are still running or diverged', () => {
    const running: RunStatus = { kind: 'running' };
    expect(compareRuns([entry('sgd', running), entry('momentum', running)]).summary).toBe(
      'Neither run has converged yet.',
    );
    expect(
      compareRuns([entry('sgd', running), entry('adam', running), entry('adagrad', running)])
        .summary,
    ).toBe('No run has converged yet.');
    expect(compareRuns([entry('sgd', running), entry('momentum', conv(60))]).summary).toBe(
      'SGD is still running: the comparison waits for it.',
    );
    expect(
      compareRuns([entry('sgd', { kind: 'diverged', step: 9 }), entry('momentum', conv(60))])
        .summary,
    ).toBe('SGD diverged at step 9, so there is no baseline to compare with.');
    const one = compareRuns([entry('sgd', conv(12)), entry('adam', running)]);
    expect(one.summary).toBe('SGD converged at step 12; no other run has yet.');
    expect(one.comparisons).toEqual([]);
    expect(compareRuns([entry('adam', conv(3))])).toEqual({
      baseline: null,
      summary: null,
      comparisons: [],
    });
  });

  it('compares real runs on the ravine: momentum and Nesterov beat SGD', () => {
    const p = presetById('ravine');
    const ids = ['sgd', 'momentum', 'nesterov'] as const;
    // η = 0.02: inside Nesterov's bound (≈ 0.028 at β = 0.7), which the preset's 0.038 is not.
    const runs = ids.map((id) =>
      runTrajectory(p, { w0: p.w0, eta: 0.02, beta: p.beta, optimizer: id }, 3000),
    );
    expect(runs.every((r) => r.convergedAt !== null)).toBe(true);
    const c = compareRuns(runs.map((r, i) => entry(ids[i]!, statusAt(r, 3000))));
    expect(c.comparisons.map((x) => x.kind)).toEqual(['faster', 'faster']);
    const sgdSteps = runs[0]!.convergedAt!;
    expect(c.comparisons[1]?.ratio).toBeCloseTo(sgdSteps / runs[2]!.convergedAt!, 12);
  });

  it('with noise says no run converges instead of "not yet"', () => {
    const hovering: RunStatus = { kind: 'hovering', meanLoss: 0.01, window: 100 };
    const c = compareRuns([entry('sgd', hovering), entry('momentum', { kind: 'running' })], true);
    expect(c.summary).toMatch(/^With gradient noise no run converges/);
    expect(c.comparisons).toEqual([]);
  });
});
