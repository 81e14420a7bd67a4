import type { OptimizerId } from './optimizers/registry';
import { shownRow, type GradientNoise, type Trajectory } from './trajectory';

/** A named run for export: its optimizer id (DESIGN §6). */
export interface NamedRun {
  readonly name: OptimizerId;
  readonly run: Trajectory;
}

/** Header line for runs of `dim` parameters (DESIGN §4); with noise, its columns follow the gradient. */
export function csvHeader(dim: number, noise = false): string {
  if (dim === 1) return `optimizer,t,w,m,grad,${noise ? 'n,' : ''}loss`;
  return `optimizer,t,x,y,mx,my,gx,gy,${noise ? 'nx,ny,' : ''}loss`;
}

/**
 * Every run, in the order given, from step 0 to `step` (a diverged run stops at its last finite
 * row), every number as the shortest text that round-trips its float64 (JavaScript's own
 * Number → string). With `noise`, row t also holds σ·ξ_t, the noise step t added to every run's
 * gradient (0 at t = 0).
 */
export function trajectoriesCsv(
  runs: readonly NamedRun[],
  step: number,
  noise: GradientNoise | null = null,
): string {
  const dim = runs[0]?.run.dim ?? 1;
  const lines = [csvHeader(dim, noise !== null)];
  const n = new Array<number>(dim).fill(0);
  for (const { name, run } of runs) {
    if (run.length === 0) continue;
    const last = shownRow(run, step);
    for (let t = 0; t <= last; t++) {
      const cells: string[] = [name, String(t)];
      for (const field of ['w', 'm', 'grad'] as const) {
        for (let i = 0; i < run.dim; i++) cells.push(String(run[field][t * run.dim + i]));
      }
      if (noise) {
        if (t === 0) n.fill(0);
        else noise.fill(t, n);
        for (let i = 0; i < run.dim; i++) cells.push(String(n[i] ?? 0));
      }
      cells.push(String(run.loss[t]));
      lines.push(cells.join(','));
    }
  }
  return lines.join('\n') + '\n';
}
