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
 * Unrolls the run's m_t into its β^k-weighted gradients. Uses the run's own η, β and stored
 * gradients, so the sum reproduces the recursion's m_t up to floating-point rounding.
 */
export function decompose(run: Trajectory, t: number, maxTerms = 30): Decomposition {
  const { eta, beta } = run.settings;
  const d = run.dim;
  const steps = Math.max(0, Math.min(t, run.length - 1));
  const terms: MomentumTerm[] = [];
  const sum = new Array<number>(d).fill(0);
  const rest = new Array<number>(d).fill(0);
  let restWeight = 0;
  let weight = 1;
  for (let k = 0; k < steps; k++) {
    const row = steps - 1 - k;
    const value: number[] = [];
    for (let i = 0; i < d; i++) {
      const v = eta * weight * (run.grad[row * d + i] ?? 0);
      value.push(v);
      sum[i] = (sum[i] ?? 0) + v;
      if (k >= maxTerms) rest[i] = (rest[i] ?? 0) + v;
    }
    if (k < maxTerms) terms.push({ k, gradStep: row, weight, value });
    else restWeight += weight;
    weight *= beta;
    // Once β^k underflows nothing older can change the sum; stop walking 100000 rows.
    if (weight === 0) break;
  }
  return {
    t: steps,
    terms,
    rest,
    restCount: Math.max(0, steps - terms.length),
    restWeight,
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
