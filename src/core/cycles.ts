/**
 * Detecting a run that neither converges nor diverges but settles into a cycle: with a step too
 * large for the local curvature, plain SGD on Beale from (−1, 1.5) at η = 0.01 ends up bouncing
 * between about (−1.30, 1.40) and (−1.34, 1.55) forever, with ‖∇L‖ ≈ 16 at both points.
 */

/** A run revisits the same `period` points over and over, starting at step `from`. */
export interface Cycle {
  /** Number of steps after which the points repeat (≥ 2; a period of 1 is convergence). */
  readonly period: number;
  /** The first step on the cycle: from here on w_{t+period} = w_t within the tolerance. */
  readonly from: number;
}

/** Tuning for detectCycle; every field is optional. */
export interface CycleOptions {
  /** Largest period looked for (default MAX_CYCLE_PERIOD). */
  readonly maxPeriod?: number;
  /** Revisit tolerance, relative: ‖w_t − w_{t−p}‖ ≤ tol·(1 + ‖w_t‖) (default CYCLE_TOLERANCE). */
  readonly tol?: number;
  /** Consecutive points must differ by more than minSpread·(1 + ‖w_t‖) (default CYCLE_MIN_SPREAD). */
  readonly minSpread?: number;
}

/** Longest period detectCycle looks for by default. */
export const MAX_CYCLE_PERIOD = 16;

/**
 * Default revisit tolerance, relative to 1 + ‖w‖. A cycle of a deterministic float64 map closes
 * to rounding (~1e-16; Beale's repeats bit for bit), so 1e-9 leaves seven orders of margin for the
 * run still settling onto it, yet stays far below anything visible on a plot.
 */
export const CYCLE_TOLERANCE = 1e-9;

/**
 * Default least spacing between consecutive points of a cycle, relative to 1 + ‖w‖. This is what
 * tells a cycle from convergence: a converging run's steps shrink to nothing (a fixed point
 * revisits itself with every period), and an oscillation that converges with |rate| = 1 − δ
 * revisits within the tolerance only while its steps are below about tol/δ, so with spread s it
 * can pass for a cycle only if δ < tol/s = 1e-3: a contraction invisible over hundreds of steps.
 */
export const CYCLE_MIN_SPREAD = 1e-6;

/** The rows checked at the end of a run for period p: several periods, and at least 40 rows. */
function windowRows(p: number): number {
  return Math.max(8 * p, 40);
}

/**
 * Finds the smallest period p in 2…maxPeriod with which the run w (rows 0 … length−1 stored flat,
 * row t at t·dim) ends: over its last max(8p, 40) rows, every w_t lies within the tolerance of
 * w_{t−p}, while consecutive points stay apart (so a fixed point, i.e. convergence, is not a
 * cycle). Then `from` is the earliest step from which that holds continuously to the end. null
 * when no period fits, or the run is too short to tell. Cost: O(maxPeriod²·dim) for the periods,
 * plus one O(length·dim) backward scan for `from`: a few milliseconds for 100001 rows.
 */
export function detectCycle(
  w: Float64Array,
  dim: number,
  length: number,
  options: CycleOptions = {},
): Cycle | null {
  const maxPeriod = options.maxPeriod ?? MAX_CYCLE_PERIOD;
  const tol = options.tol ?? CYCLE_TOLERANCE;
  const minSpread = options.minSpread ?? CYCLE_MIN_SPREAD;
  const rows = Math.min(length, Math.floor(w.length / dim));

  const norm = (t: number): number => {
    let s = 0;
    for (let i = 0; i < dim; i++) s += (w[t * dim + i] ?? NaN) ** 2;
    return Math.sqrt(s);
  };
  const dist = (a: number, b: number): number => {
    let s = 0;
    for (let i = 0; i < dim; i++) s += ((w[a * dim + i] ?? NaN) - (w[b * dim + i] ?? NaN)) ** 2;
    return Math.sqrt(s);
  };
  // Written as "≤" so that NaN (a row that blew up) never counts as a revisit.
  const revisits = (t: number, p: number): boolean => dist(t, t - p) <= tol * (1 + norm(t));
  const apart = (t: number): boolean => dist(t, t - 1) > minSpread * (1 + norm(t));

  for (let p = 2; p <= maxPeriod; p++) {
    const n = windowRows(p);
    // Larger periods need longer windows, so none of them fits either.
    if (rows < n + p) break;
    let ok = true;
    for (let t = rows - 1; t >= rows - n && ok; t--) ok = revisits(t, p) && apart(t);
    if (!ok) continue;
    let start = rows - n;
    while (start - 1 >= p && revisits(start - 1, p)) start--;
    return { period: p, from: start - p };
  }
  return null;
}

/** The status words for a cycling run, e.g. "cycles with period 2 from step 241". */
export function cycleStatusText(c: Cycle): string {
  return `cycles with period ${c.period} from step ${c.from}`;
}
