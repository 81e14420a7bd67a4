/**
 * The (η, β) plane as a map of predicted convergence rates on a quadratic with given Hessian
 * eigenvalues, its stability boundary, and Polyak's optimal heavy-ball point.
 *
 * Every eigen-direction evolves on its own (see stability.ts), so a setting's rate is the worst
 * rate over the eigenvalues: ρ = max_λ max |z(η, β, λ)|. ρ < 1: the error shrinks by ρ per step;
 * ρ ≥ 1: it does not (the run diverges, or leaves a saddle along a negative-curvature direction).
 */
import {
  etaLimit,
  heavyBallRate,
  isNesterovStable,
  isStable,
  nesterovEtaLimit,
  nesterovRate,
} from './stability';

/** Which momentum rule a map describes (plain SGD is either at β = 0). */
export type RateRule = 'heavy-ball' | 'nesterov';

/** The β range a map usually spans: up to, not including, 1 (β = 1 never forgets a gradient). */
export const DEFAULT_BETA_RANGE: readonly [number, number] = [0, 0.999];

/** The rule's rate along one eigen-direction λ (unitless error factor per step). */
export function ruleRate(rule: RateRule, eta: number, beta: number, lambda: number): number {
  return rule === 'nesterov' ? nesterovRate(eta, beta, lambda) : heavyBallRate(eta, beta, lambda);
}

/**
 * The largest stable η at momentum β (0 ≤ β < 1) when the largest Hessian eigenvalue is λmax:
 * heavy ball (2 + 2β)/λmax, Nesterov (2 + 2β)/((1 + 2β)·λmax). Every smaller η > 0 is stable for
 * all eigenvalues in (0, λmax], since each eigenvalue's limit is inversely proportional to it.
 * 0 when λmax ≤ 0 (no step size makes a non-positive curvature shrink). rateMap classifies its
 * cells with this same function, so the drawn curve and the cells' colours agree exactly.
 */
export function etaBoundary(beta: number, lambdaMax: number, rule: RateRule): number {
  if (!(lambdaMax > 0)) return 0;
  return rule === 'nesterov' ? nesterovEtaLimit(beta, lambdaMax) : etaLimit(beta, lambdaMax);
}

/**
 * η sampled by column i of a map with `cols` columns over etaRange (log scale): the centre of
 * the column's cell, lo·(hi/lo)^((i + ½)/cols), so a cols-wide raster lines up with a log axis.
 */
export function rateMapEta(i: number, cols: number, etaRange: readonly [number, number]): number {
  const [lo, hi] = etaRange;
  return lo * (hi / lo) ** ((i + 0.5) / cols);
}

/** β sampled by row j of a map with `rows` rows over betaRange (linear): the cell's centre. */
export function rateMapBeta(j: number, rows: number, betaRange: readonly [number, number]): number {
  const [lo, hi] = betaRange;
  return lo + ((hi - lo) * (j + 0.5)) / rows;
}

/** The largest double below 1: a stable cell's ρ is kept under 1 even when rounding says 1. */
const BELOW_ONE = 1 - Number.EPSILON / 2;

/**
 * The rate map: ρ(η, β) = max over the eigenvalues of the rule's rate, at `cols` × `rows` cell
 * centres (rateMapEta, rateMapBeta). Row-major with β ascending: cell (i, j) is at j·cols + i, so
 * row 0 is the smallest β (a view drawing β upwards flips it). ρ ≥ 1 means the run does not
 * converge there. For 0 ≤ β < 1 a cell is ρ ≥ 1 exactly when η ≥ etaBoundary(β, λmax) or some
 * eigenvalue is ≤ 0; rounding within a few ulps of the boundary is snapped to that rule.
 *
 * Given `out` (cols × rows), only rows `from` … `to` − 1 are written into it: a map filled a few
 * rows at a time equals the whole one, number for number. Returns `out`.
 */
export function rateMap(
  eigenvalues: readonly number[],
  etaRange: readonly [number, number],
  betaRange: readonly [number, number],
  cols: number,
  rows: number,
  rule: RateRule,
  out = new Float64Array(cols * rows),
  from = 0,
  to = rows,
): Float64Array {
  if (eigenvalues.length === 0) {
    return out.fill(NaN, from * cols, to * cols);
  }
  const lambdaMax = Math.max(...eigenvalues);
  const allPositive = eigenvalues.every((l) => l > 0);
  const etas = Array.from({ length: cols }, (_, i) => rateMapEta(i, cols, etaRange));
  for (let j = from; j < to; j++) {
    const beta = rateMapBeta(j, rows, betaRange);
    const limit = etaBoundary(beta, lambdaMax, rule);
    const ruled = beta >= 0 && beta < 1;
    for (let i = 0; i < cols; i++) {
      const eta = etas[i] ?? NaN;
      let rho = 0;
      for (const lambda of eigenvalues) rho = Math.max(rho, ruleRate(rule, eta, beta, lambda));
      if (ruled) {
        const stable = allPositive && eta > 0 && eta < limit;
        rho = stable ? Math.min(rho, BELOW_ONE) : Math.max(rho, 1);
      }
      out[j * cols + i] = rho;
    }
  }
  return out;
}

/** Whether the rule is stable for every eigenvalue at (η, β) (the predicate behind the map). */
export function isStableFor(
  rule: RateRule,
  eta: number,
  beta: number,
  eigenvalues: readonly number[],
): boolean {
  const one = rule === 'nesterov' ? isNesterovStable : isStable;
  return eigenvalues.length > 0 && eigenvalues.every((l) => one(eta, beta, l));
}

/**
 * Steps for the error to shrink by `factor` (> 1) at `rate` per step: ⌈log(1/factor)/log(rate)⌉,
 * the smallest n with rate^n ≤ 1/factor. Infinity when rate ≥ 1 (or NaN): it never shrinks;
 * 1 at rate 0. A hair (1e-9 steps) is taken off before rounding up, so that an exact power such
 * as rate 0.1, factor 10⁶ gives 6, not 7 from log rounding.
 */
export function stepsToShrink(rate: number, factor = 1e6): number {
  if (!(rate < 1)) return Infinity;
  if (rate <= 0) return 1;
  if (!(factor > 1)) return 0;
  return Math.max(1, Math.ceil(Math.log(1 / factor) / Math.log(rate) - 1e-9));
}

/** A heavy-ball setting and its rate. */
export interface OptimalPoint {
  /** Step size η*. */
  readonly eta: number;
  /** Momentum β*. */
  readonly beta: number;
  /** Error factor per step at (η*, β*), the same for every eigenvalue in [λmin, λmax]. */
  readonly rate: number;
}

/**
 * Polyak's optimal heavy ball for eigenvalues in [λmin, λmax] (0 < λmin ≤ λmax), κ = λmax/λmin:
 * β* = ((√κ − 1)/(√κ + 1))², η* = (2/(√λmax + √λmin))², rate √β* = (√κ − 1)/(√κ + 1).
 * There both extreme eigenvalues sit on the edge of the complex-root band (a double root of modulus
 * √β*), so every eigenvalue between them spirals at √β*; moving η or β pushes an extreme one out
 * into real roots with a larger modulus, so no nearby setting is faster.
 */
export function optimalHeavyBall(lambdaMin: number, lambdaMax: number): OptimalPoint {
  const sMin = Math.sqrt(lambdaMin);
  const sMax = Math.sqrt(lambdaMax);
  const rate = (sMax - sMin) / (sMax + sMin);
  return { eta: (2 / (sMax + sMin)) ** 2, beta: rate * rate, rate };
}
