import { describe, expect, it } from 'vitest';
import { compareConvergence, formatRatio } from './convergence';
import { presetById } from './presets';
import { runTrajectory, statusAt } from './trajectory';

describe('compareConvergence', () => {
  it('says how many times fewer steps momentum needed', () => {
    const c = compareConvergence({ kind: 'converged', step: 131 }, { kind: 'converged', step: 41 });
    expect(c).toMatchObject({ kind: 'both', winner: 'momentum', sgdSteps: 131, momentumSteps: 41 });
    expect(c.text).toBe('Momentum converged 3.2× faster (41 vs 131 steps).');
  });

  it('says so honestly when momentum needed more steps', () => {
    const c = compareConvergence({ kind: 'converged', step: 40 }, { kind: 'converged', step: 100 });
    expect(c).toMatchObject({ kind: 'both', winner: 'sgd', ratio: 0.4 });
    expect(c.text).toBe('Momentum converged 2.5× slower than SGD (100 vs 40 steps).');
  });

  it('calls a tie a tie, and never divides by zero', () => {
    expect(
      compareConvergence({ kind: 'converged', step: 0 }, { kind: 'converged', step: 0 }),
    ).toMatchObject({ winner: 'tie', ratio: 1 });
    const c = compareConvergence({ kind: 'converged', step: 5 }, { kind: 'converged', step: 0 });
    expect(Number.isFinite(c.kind === 'both' ? c.ratio : NaN)).toBe(true);
  });

  it('gives no ratio until both have converged, and names divergence', () => {
    expect(compareConvergence({ kind: 'running' }, { kind: 'running' }).text).toBe(
      'Neither run has converged yet.',
    );
    const c = compareConvergence({ kind: 'diverged', step: 9 }, { kind: 'converged', step: 60 });
    expect(c.kind).toBe('pending');
    expect(c.text).toBe('Momentum converged at step 60; SGD diverged at step 9.');
    expect(compareConvergence({ kind: 'running' }, { kind: 'converged', step: 60 }).text).toBe(
      'Momentum converged at step 60; SGD is still running.',
    );
  });

  it('formats ratios with one decimal below 10 and whole numbers above', () => {
    expect(formatRatio(131 / 41)).toBe('3.2');
    expect(formatRatio(1.04)).toBe('1.0');
    expect(formatRatio(14.4)).toBe('14');
  });

  it('compares real runs on the ravine once the step on screen passes both', () => {
    const p = presetById('ravine');
    const sgd = runTrajectory(p, { w0: p.w0, eta: p.eta, beta: 0 }, 3000);
    const mom = runTrajectory(p, { w0: p.w0, eta: p.eta, beta: p.beta }, 3000);
    expect(sgd.convergedAt).not.toBeNull();
    expect(mom.convergedAt).not.toBeNull();
    const t = Math.max(sgd.convergedAt ?? 0, mom.convergedAt ?? 0);
    const c = compareConvergence(statusAt(sgd, t), statusAt(mom, t));
    expect(c.kind).toBe('both');
    expect(compareConvergence(statusAt(sgd, 0), statusAt(mom, 0)).kind).toBe('pending');
  });
});
