import type { Trajectory } from './trajectory';

/** One term η·β^k·g_{t−1−k} of the unrolled momentum sum at step t. */
export interface MomentumTerm {
  /** Age k: 0 is the newest gradient, g_{t−1}. */
  readonly k: number;
  /** The step whose gradient this is, t−1−k. */
  readonly gradStep: number;
  /** β^k. */
  readonly weight: number;
  /** η·β^k·g_{t−1−k}, one entry per coordinate. */
  readonly value: readonly number[];
}

/** The unrolled m_t = η·Σ_{k=0}^{t−1} β^k·g_{t−1−k}, newest term first. */
export interface Decomposition {
  readonly t: number;
  /** The newest terms, at most `maxTerms` of them. */
  readonly terms: readonly MomentumTerm[];
  /** Sum of the terms older than those listed (k ≥ terms.length); zeros when none are left out. */
  readonly rest: readonly number[];
  /** How many terms `rest` aggregates. */
  readonly restCount: number;
  /** Σβ^k over the aggregated older terms. */
  readonly restWeight: number;
  /** The whole sum, newest to oldest; equals m_t up to rounding. */
  readonly sum: readonly number[];
  /** Total weight Σ_{k=0}^{t−1} β^k = (1−β^t)/(1−β) (t when β = 0 … or 1). */
  readonly totalWeight: number;
}

/**
 * Unrolls the run's m_t into its β^k-weighted gradients. Uses the run's own η, β and the
 * gradients its steps actually used (noise included; Nesterov's taken at the look-ahead points),
 * so the sum reproduces the recursion's m_t up to floating-point rounding. Meaningful for
 * momentum, Nesterov and SGD (β = 0); the adaptive rules do not unroll this way.
 */
export function decompose(run: Trajectory, t: number, maxTerms = 30): Decomposition {
  const { eta, beta } = run.settings;
  const d = run.dim;
  const steps = Math.max(0, Math.min(t, run.length - 1));
  const listed = Math.min(steps, Math.max(0, maxTerms));
  const terms: MomentumTerm[] = [];
  const sum = new Array<number>(d).fill(0);
  let weight = 1;
  for (let k = 0; k < listed; k++) {
    const row = steps - 1 - k;
    const value: number[] = [];
    for (let i = 0; i < d; i++) {
      const v = eta * weight * (run.used[(row + 1) * d + i] ?? 0);
      value.push(v);
      sum[i] = (sum[i] ?? 0) + v;
    }
    terms.push({ k, gradStep: row, weight, value });
    weight *= beta;
  }
  // The older terms need not be walked one by one (up to 100000 of them): unrolling the
  // recursion K steps gives Σ_{k≥K} η·β^k·g_{t−1−k} = β^K·m_{t−K} exactly.
  const restCount = steps - listed;
  const rest = new Array<number>(d).fill(0);
  if (restCount > 0) {
    const row = steps - listed;
    for (let i = 0; i < d; i++) {
      rest[i] = weight * (run.m[row * d + i] ?? 0);
      sum[i] = (sum[i] ?? 0) + (rest[i] ?? 0);
    }
  }
  return {
    t: steps,
    terms,
    rest,
    restCount,
    restWeight: restCount > 0 ? weight * geometricTotal(beta, restCount) : 0,
    sum,
    totalWeight: geometricTotal(beta, steps),
  };
}

/** Σ_{k=0}^{t−1} β^k = (1−β^t)/(1−β): how much total weight t past gradients carry. */
export function geometricTotal(beta: number, t: number): number {
  if (beta === 1) return t;
  return (1 - beta ** t) / (1 - beta);
}

/** Effective memory 1/(1−β): the total weight of an infinitely long history. */
export function effectiveMemory(beta: number): number {
  return 1 / (1 - beta);
}
