import { createNoise } from './noise';
import type { OptimizerId } from './optimizers/registry';
import { runTrajectory, type Objective, type Trajectory } from './trajectory';

/** What a cloud of seeds is computed from: one run per (optimizer, seed), all else shared. */
export interface CloudSpec {
  readonly w0: readonly number[];
  /** The runs, in `opt` order, each with its own η. */
  readonly runs: readonly { readonly id: OptimizerId; readonly eta: number }[];
  readonly beta: number;
  /** σ of the gradient noise (> 0 for the seeds to differ). */
  readonly sigma: number;
  /** The first seed; the cloud runs seed … seed + count − 1. */
  readonly seed: number;
  readonly count: number;
  /** Steps per run (rows 0 … steps). */
  readonly steps: number;
}

/** The largest seed (seeds wrap past it, so a cloud near the top still has `count` seeds). */
const SEED_SPAN = 4294967296;

/** The seed of the k-th member of a cloud. */
export function cloudSeed(first: number, k: number): number {
  return (first + k) % SEED_SPAN;
}

/** One member of the cloud: the trajectory of one optimizer under one seed. */
export function runCloudMember(
  f: Objective,
  spec: CloudSpec,
  run: CloudSpec['runs'][number],
  k: number,
): Trajectory {
  const noise = createNoise(cloudSeed(spec.seed, k), spec.sigma, f.dim);
  return runTrajectory(
    f,
    { w0: spec.w0, eta: run.eta, beta: spec.beta, optimizer: run.id, noise },
    spec.steps,
  );
}

/** A per-step summary of one run's loss across the seeds still running at that step. */
export interface LossBand {
  /** Median loss at each step t (NaN where no seed has a row). */
  readonly median: Float64Array;
  /** The 10 % and 90 % quantiles at each step. */
  readonly q10: Float64Array;
  readonly q90: Float64Array;
}

/** The q-quantile of sorted values, linearly interpolated (q in [0, 1]). */
function quantileSorted(sorted: Float64Array, n: number, q: number): number {
  if (n === 0) return NaN;
  const pos = (n - 1) * q;
  const lo = Math.floor(pos);
  const hi = Math.min(n - 1, lo + 1);
  const a = sorted[lo] ?? NaN;
  const b = sorted[hi] ?? NaN;
  return a + (b - a) * (pos - lo);
}

/**
 * Median and 10–90 % band of the loss at every step across the members (each a loss array of
 * its own length: a diverged member stops early and drops out of later steps).
 */
export function lossBand(losses: readonly Float64Array[], steps: number): LossBand {
  const median = new Float64Array(steps + 1);
  const q10 = new Float64Array(steps + 1);
  const q90 = new Float64Array(steps + 1);
  const column = new Float64Array(losses.length);
  for (let t = 0; t <= steps; t++) {
    let n = 0;
    for (const l of losses) if (t < l.length) column[n++] = l[t] ?? NaN;
    const part = column.subarray(0, n).sort();
    median[t] = quantileSorted(part, n, 0.5);
    q10[t] = quantileSorted(part, n, 0.1);
    q90[t] = quantileSorted(part, n, 0.9);
  }
  return { median, q10, q90 };
}
