import {
  etaBoundary,
  isStableFor,
  ruleRate,
  stepsToShrink,
  type RateRule,
} from '../../core/rateMap';
import { NEAR_LIMIT, type Margin } from '../../core/stability';

/** The runs the linear theory speaks about: the adaptive rules have no fixed (η, β). */
export type TheoryRule = 'sgd' | 'momentum' | 'nesterov';

/** The rules in the order the theory table lists them. */
export const THEORY_RULES: readonly TheoryRule[] = ['sgd', 'momentum', 'nesterov'];

/** What the linear theory predicts for one rule at (η, β) on a bowl with these eigenvalues. */
export interface RulePrediction {
  readonly id: TheoryRule;
  readonly eta: number;
  /** β as the rule uses it (0 for SGD). */
  readonly beta: number;
  /** Max spectral radius over the eigenvalues: the error factor per step (< 1 converges). */
  readonly rate: number;
  readonly stable: boolean;
  /** The largest stable η at this β: 2/λ_max, (2+2β)/λ_max, (2+2β)/((1+2β)·λ_max). */
  readonly etaLimit: number;
  /** η over that limit: < 1 stable. */
  readonly load: number;
  /** 'near' within 10% of the limit, 'unstable' at or past it. */
  readonly margin: Margin;
  /** Steps for the error to shrink 10⁶× at this rate (Infinity if it never does). */
  readonly steps: number;
}

const RULE: Record<TheoryRule, RateRule> = {
  sgd: 'heavy-ball',
  momentum: 'heavy-ball',
  nesterov: 'nesterov',
};

/**
 * Predicts SGD (heavy ball at β = 0), momentum or Nesterov on a quadratic with these Hessian
 * eigenvalues, from the characteristic roots of each eigen-direction's 2×2 iteration (core
 * stability.ts and rateMap.ts), so the table and the rate map agree.
 */
export function predictRule(
  id: TheoryRule,
  eigenvalues: readonly number[],
  eta: number,
  beta: number,
): RulePrediction {
  const b = id === 'sgd' ? 0 : beta;
  const rule = RULE[id];
  const lambdaMax = Math.max(...eigenvalues);
  const rate = eigenvalues.reduce((r, l) => Math.max(r, ruleRate(rule, eta, b, l)), 0);
  const stable = isStableFor(rule, eta, b, eigenvalues);
  const limit = etaBoundary(b, lambdaMax, rule);
  const load = limit > 0 ? eta / limit : Infinity;
  return {
    id,
    eta,
    beta: b,
    rate,
    stable,
    etaLimit: limit,
    load,
    margin: !stable ? 'unstable' : load >= NEAR_LIMIT ? 'near' : 'ok',
    steps: stable ? stepsToShrink(rate) : Infinity,
  };
}

/**
 * The β range that keeps Nesterov stable at this η·λ_max, as a phrase, or null when every β in
 * [0, 1) does. Its limit (2+2β)/(1+2β)·(1/λ) falls from 2 at β = 0 towards 4/3 as β → 1, so a
 * large β can make it unstable where a small one is not: ηλ < (2+2β)/(1+2β) ⇔ β < (2−ηλ)/(2ηλ−2).
 */
export function nesterovBetaRange(etaLambdaMax: number): string | null {
  const x = etaLambdaMax;
  if (x <= 4 / 3) return null;
  if (x >= 2) return 'no β helps: η·λ_max ≥ 2';
  return `needs β < ${((2 - x) / (2 * x - 2)).toPrecision(3)}`;
}
