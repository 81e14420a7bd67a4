import {
  hessianByGradient,
  hessianEigenvalues,
  presetHessian,
  type Hessian,
} from '../../core/hessian';
import type { OptimizerId } from '../../core/optimizers/registry';
import { findPreset, type Preset } from '../../core/presets';
import { rowOf, shownRow } from '../../core/trajectory';
import type { Runs } from '../../state/runs';

/** The curvature the theory panel reasons with. */
export interface Curvature {
  /** Hessian eigenvalues, ascending. */
  readonly eigenvalues: readonly number[];
  /** The run whose point the Hessian is taken at; null for a constant-curvature bowl. */
  readonly at: {
    readonly id: OptimizerId;
    readonly t: number;
    readonly w: readonly number[];
  } | null;
  /** All eigenvalues > 0: only then does the linear theory predict convergence. */
  readonly positiveDefinite: boolean;
}

/** Whose point the local curvature is taken at: Momentum's, else Nesterov's, else the first run's. */
export function curvatureRun(runs: Runs): OptimizerId | null {
  for (const id of ['momentum', 'nesterov'] as const) if (runs.some((e) => e.id === id)) return id;
  return runs[0]?.id ?? null;
}

/** A loss with a constant Hessian (a quadratic bowl) carries its eigenvalues. */
export function constantCurvature(eigenvalues: readonly number[]): Curvature {
  const sorted = [...eigenvalues].sort((a, b) => a - b);
  return { eigenvalues: sorted, at: null, positiveDefinite: sorted.every((l) => l > 0) };
}

/**
 * The Hessian of the loss at the point a run has reached at step `step` (its last finite row if
 * it stopped): analytic for a preset (presetHessian), from the exact gradient otherwise
 * (hessianByGradient), and its eigenvalues. Null when there is no run or the point is not finite.
 */
export function localCurvature(problem: Preset, runs: Runs, step: number): Curvature | null {
  const id = curvatureRun(runs);
  const run = runs.find((e) => e.id === id)?.run;
  if (id === null || !run) return null;
  const t = shownRow(run, step);
  const w = rowOf(run, 'w', t);
  if (!w.every(Number.isFinite)) return null;
  const preset = findPreset(problem.id);
  const h: Hessian = preset ? presetHessian(preset.id, w) : hessianByGradient(problem.grad, w);
  const eigenvalues = hessianEigenvalues(h);
  if (!eigenvalues.every(Number.isFinite)) return null;
  return { eigenvalues, at: { id, t, w }, positiveDefinite: eigenvalues.every((l) => l > 0) };
}

/** Eigenvalues for display: 4 significant digits, so a caption and a memo key change together. */
export function roundedEigenvalues(eigenvalues: readonly number[]): number[] {
  return eigenvalues.map((l) => Number(l.toPrecision(4)));
}
