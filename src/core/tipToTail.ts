import { decompose } from './decomposition';
import { shownRow, type Trajectory } from './trajectory';

/**
 * The momentum step at t drawn as its unrolled terms laid tip to tail: starts at w_{t−1}, then
 * moves by −η·β^k·g_{t−1−k} for k = 0, 1, … (newest first, the `maxTerms` newest one by one,
 * then all older ones as a single move), ending at w_{t−1} − m_t = w_t up to rounding.
 * Returns the points in parameter space (each of length dim); a single point w_t when t = 0.
 * t is clamped to the rows the run has (a diverged run stops at its last finite step).
 */
export function tipToTailPoints(run: Trajectory, t: number, maxTerms = 30): number[][] {
  const d = run.dim;
  const row = shownRow(run, t);
  const at = (r: number) => Array.from(run.w.subarray(r * d, (r + 1) * d));
  if (run.length === 0) return [];
  if (row === 0) return [at(0)];
  const start = at(row - 1);
  const { terms, rest, restCount } = decompose(run, row, maxTerms);
  const points = [start];
  // Subtract the running partial sum from w_{t−1} (not step by step from the previous point) so
  // the last point is w_{t−1} − Σ terms with one rounding, the same value the recursion produced.
  const partial = new Array<number>(d).fill(0);
  const push = (value: readonly number[]) => {
    for (let i = 0; i < d; i++) partial[i] = (partial[i] ?? 0) + (value[i] ?? 0);
    points.push(start.map((w, i) => w - (partial[i] ?? 0)));
  };
  for (const term of terms) push(term.value);
  if (restCount > 0) push(rest);
  return points;
}
