import { formatRatio } from '../../core/convergence';
import type { OptimizerId } from '../../core/optimizers/registry';
import type { RunStatus } from '../../core/trajectory';

/** One run's status at the step on screen, with the name it is shown by. */
export interface RunStatusEntry {
  readonly id: OptimizerId;
  readonly name: string;
  readonly status: RunStatus;
}

/** One sentence of the verdict, and how that run fared against the baseline. */
export interface Comparison {
  readonly id: OptimizerId;
  /** 'faster' / 'slower' / 'tie' once both converged; else why there is no ratio. */
  readonly kind: 'faster' | 'slower' | 'tie' | 'pending';
  /** baselineSteps / runSteps (> 1: this run needed fewer steps); null without a ratio. */
  readonly ratio: number | null;
  readonly text: string;
}

/** The verdict of the convergence panel: which run the others are measured against, and how. */
export interface RunsComparison {
  /** The run the others are compared to (SGD when shown, else the first run); null for one run. */
  readonly baseline: OptimizerId | null;
  /** A lead sentence when there is nothing (or not yet everything) to compare. */
  readonly summary: string | null;
  /** One comparison per other run that has converged, in `opt` order. */
  readonly comparisons: readonly Comparison[];
}

/** SGD when it is shown (every other rule is "SGD plus something"), else the first run. */
export function baselineOf(ids: readonly OptimizerId[]): OptimizerId | null {
  if (ids.length < 2) return null;
  return ids.includes('sgd') ? 'sgd' : (ids[0] ?? null);
}

function compareOne(run: RunStatusEntry, base: RunStatusEntry, b: number): Comparison {
  const r = run.status.kind === 'converged' ? run.status.step : 0;
  const counts = `(${r} vs ${b} steps)`;
  if (r === b)
    return {
      id: run.id,
      kind: 'tie',
      ratio: 1,
      text: `${run.name} and ${base.name} both converged at step ${b}: neither was faster.`,
    };
  // All runs share w₀: only a start that is already converged gives step 0, and then every run
  // does; guard anyway so the ratio stays finite.
  const ratio = b / Math.max(r, 1);
  return r < b
    ? {
        id: run.id,
        kind: 'faster',
        ratio,
        text: `${run.name} converged ${formatRatio(ratio)}× faster than ${base.name} ${counts}.`,
      }
    : {
        id: run.id,
        kind: 'slower',
        ratio,
        text: `${run.name} converged ${formatRatio(1 / ratio)}× slower than ${base.name} ${counts}.`,
      };
}

/**
 * Compares every converged run with the baseline in steps needed (DESIGN §1 convergence rule),
 * saying honestly when a run was slower. Runs still running or diverged get no ratio; the status
 * list beside the verdict already says where they stand.
 */
export function compareRuns(
  entries: readonly RunStatusEntry[],
  /** Whether the runs have gradient noise: then none converges, and "not yet" would mislead. */
  noisy = false,
): RunsComparison {
  const baseline = baselineOf(entries.map((e) => e.id));
  const base = entries.find((e) => e.id === baseline);
  if (!base) return { baseline: null, summary: null, comparisons: [] };
  if (noisy)
    return {
      baseline,
      summary:
        'With gradient noise no run converges: each ends up hovering, and the mean loss it ' +
        'hovers at (above, once it has settled) is what to compare.',
      comparisons: [],
    };
  const others = entries.filter((e) => e.id !== baseline);
  const converged = others.filter((e) => e.status.kind === 'converged');
  if (base.status.kind !== 'converged') {
    const anyConverged = converged.length > 0;
    const summary = !anyConverged
      ? entries.length === 2
        ? 'Neither run has converged yet.'
        : 'No run has converged yet.'
      : base.status.kind === 'diverged'
        ? `${base.name} diverged at step ${base.status.step}, so there is no baseline to compare with.`
        : `${base.name} is still running: the comparison waits for it.`;
    return { baseline, summary, comparisons: [] };
  }
  const b = base.status.step;
  const comparisons = converged.map((e) => compareOne(e, base, b));
  const summary =
    comparisons.length === 0 ? `${base.name} converged at step ${b}; no other run has yet.` : null;
  return { baseline, summary, comparisons };
}
