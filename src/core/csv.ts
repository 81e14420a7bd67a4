import type { OptimizerId } from './optimizers/registry';
import { shownRow, type Trajectory } from './trajectory';

/** A named run for export: its optimizer id (DESIGN §6). */
export interface NamedRun {
  readonly name: OptimizerId;
  readonly run: Trajectory;
}

/** Header line for a run of `dim` parameters (DESIGN §4). */
export function csvHeader(dim: number): string {
  return dim === 1 ? 'optimizer,t,w,m,grad,loss' : 'optimizer,t,x,y,mx,my,gx,gy,loss';
}

/**
 * Every run, in the order given, from step 0 to `step` (a diverged run stops at its last finite row), every number as
 * the shortest text that round-trips its float64 (JavaScript's own Number → string).
 */
export function trajectoriesCsv(runs: readonly NamedRun[], step: number): string {
  const dim = runs[0]?.run.dim ?? 1;
  const lines = [csvHeader(dim)];
  for (const { name, run } of runs) {
    if (run.length === 0) continue;
    const last = shownRow(run, step);
    for (let t = 0; t <= last; t++) {
      const cells: string[] = [name, String(t)];
      for (const field of ['w', 'm', 'grad'] as const) {
        for (let i = 0; i < run.dim; i++) cells.push(String(run[field][t * run.dim + i]));
      }
      cells.push(String(run.loss[t]));
      lines.push(cells.join(','));
    }
  }
  return lines.join('\n') + '\n';
}
