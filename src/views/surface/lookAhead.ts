import { shownRow, type Trajectory } from '../../core/trajectory';
import type { OptimizerId } from '../../core/optimizers/registry';

/**
 * Nesterov's look-ahead at the step on screen: its point w_t and the point w_t − β·m_t where its
 * next gradient is taken; null when no Nesterov run is shown or it has no next step.
 */
export function lookAheadPoint(
  runs: readonly { readonly id: OptimizerId; readonly run: Trajectory }[],
  step: number,
): { from: [number, number]; at: [number, number] } | null {
  const run = runs.find((e) => e.id === 'nesterov')?.run;
  if (!run || run.length === 0 || run.dim !== 2) return null;
  const t = shownRow(run, step);
  if (t !== step || t + 1 >= run.length) return null;
  const beta = run.settings.beta;
  const from: [number, number] = [run.w[2 * t] ?? 0, run.w[2 * t + 1] ?? 0];
  return {
    from,
    at: [from[0] - beta * (run.m[2 * t] ?? 0), from[1] - beta * (run.m[2 * t + 1] ?? 0)],
  };
}
