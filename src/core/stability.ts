/**
 * Linear stability of plain SGD and heavy-ball momentum on a quadratic bowl, where the Hessian
 * is constant and every eigen-direction evolves on its own.
 *
 * Along an eigenvector with eigenvalue λ, the gradient is λ·w, so this app's update rule
 *   m_t = β·m_{t−1} + η·λ·w_{t−1},   w_t = w_{t−1} − m_t
 * is the linear recursion (w_t, m_t) = A·(w_{t−1}, m_{t−1}) with
 *   A = [[1 − ηλ, −β], [ηλ, β]].
 * Its characteristic polynomial is z² − (1 + β − ηλ)·z + β = 0, and the error shrinks by the
 * spectral radius max |z| per step. Both roots lie inside the unit circle iff 0 < ηλ < 2 + 2β
 * (for 0 ≤ β < 1). β = 0 gives SGD: roots 0 and 1 − ηλ, stable iff 0 < ηλ < 2.
 *
 * Nesterov (DESIGN §6) takes the gradient at the look-ahead point w_{t−1} − β·m_{t−1}:
 *   m_t = β·m_{t−1} + η·λ·(w_{t−1} − β·m_{t−1}) = ηλ·w_{t−1} + β(1 − ηλ)·m_{t−1},
 *   w_t = w_{t−1} − m_t = (1 − ηλ)·w_{t−1} − β(1 − ηλ)·m_{t−1},
 * so with c = 1 − ηλ the iteration matrix on (w, m) is
 *   N = [[c, −βc], [ηλ, βc]],   trace N = (1 + β)·c,   det N = βc² + βc·ηλ = βc,
 * and the characteristic polynomial is z² − (1 + β)(1 − ηλ)·z + β(1 − ηλ) = 0.
 * Stability (both |z| < 1) for a monic z² + a₁z + a₀ is Jury's test: p(1) > 0, p(−1) > 0, |a₀| < 1.
 *   p(1) = 1 − (1 + β)c + βc = ηλ > 0;
 *   p(−1) = 1 + (1 + 2β)c > 0  ⇔  ηλ < 1 + 1/(1 + 2β) = (2 + 2β)/(1 + 2β);
 *   |βc| < 1 holds whenever the other two do and 0 ≤ β ≤ 1 (then −1/(1 + 2β) < c < 1).
 * So for 0 ≤ β < 1 Nesterov is stable iff 0 < ηλ < (2 + 2β)/(1 + 2β): at β = 0 that is SGD's 2,
 * and as β → 1 it shrinks towards 4/3, where heavy ball's limit grows towards 4. On the boundary
 * the roots are −1 and β/(1 + 2β).
 */

/** The two roots of z² − (1 + β − ηλ)·z + β as (re, im) pairs; im ≠ 0 means the run spirals/oscillates. */
export interface Roots {
  readonly re: readonly [number, number];
  readonly im: readonly [number, number];
}

/** Roots of the heavy-ball characteristic polynomial for one eigenvalue λ (η, β, λ unitless rates). */
export function heavyBallRoots(eta: number, beta: number, lambda: number): Roots {
  return monicRoots(1 + beta - eta * lambda, beta);
}

/** Roots of z² − b·z + p (b = the trace, p = the determinant of a 2×2 iteration matrix). */
function monicRoots(b: number, p: number): Roots {
  const disc = b * b - 4 * p;
  if (disc >= 0) {
    const s = Math.sqrt(disc);
    // Numerically stable form: the larger-magnitude root first, the other from the product p.
    const r1 = b >= 0 ? (b + s) / 2 : (b - s) / 2;
    // (+ 0 turns a zero product's −0 into 0.)
    const r2 = r1 === 0 ? 0 : p / r1 + 0;
    return { re: [r1, r2], im: [0, 0] };
  }
  const s = Math.sqrt(-disc) / 2;
  return { re: [b / 2, b / 2], im: [s, -s] };
}

/** The larger modulus of two roots. */
function spectralRadius({ re, im }: Roots): number {
  return Math.max(Math.hypot(re[0], im[0]), Math.hypot(re[1], im[1]));
}

/**
 * Predicted convergence rate along one eigen-direction: the spectral radius max |z|, the factor
 * by which the error shrinks per step (≥ 1 means it does not shrink: the run diverges or stalls).
 */
export function heavyBallRate(eta: number, beta: number, lambda: number): number {
  return spectralRadius(heavyBallRoots(eta, beta, lambda));
}

/**
 * Roots of Nesterov's characteristic polynomial z² − (1 + β)(1 − ηλ)·z + β(1 − ηλ) for one
 * eigenvalue λ (the eigenvalues of its iteration matrix on (w, m); see the file comment).
 */
export function nesterovRoots(eta: number, beta: number, lambda: number): Roots {
  const c = 1 - eta * lambda;
  return monicRoots((1 + beta) * c, beta * c);
}

/** Nesterov's rate along one eigen-direction: max |z|, the error factor per step (≥ 1: no shrink). */
export function nesterovRate(eta: number, beta: number, lambda: number): number {
  return spectralRadius(nesterovRoots(eta, beta, lambda));
}

/** Largest stable η for Nesterov at curvature λ > 0 and momentum 0 ≤ β < 1: (2 + 2β)/((1 + 2β)·λ). */
export function nesterovEtaLimit(beta: number, lambda: number): number {
  return (2 + 2 * beta) / ((1 + 2 * beta) * lambda);
}

/** Nesterov's stability rule: 0 < η·λ < (2 + 2β)/(1 + 2β), for 0 ≤ β < 1 (β = 0: SGD's rule). */
export function isNesterovStable(eta: number, beta: number, lambda: number): boolean {
  const x = eta * lambda;
  return x > 0 && x < (2 + 2 * beta) / (1 + 2 * beta) && beta >= 0 && beta < 1;
}

/** Plain SGD's rate along one eigen-direction: |1 − ηλ|. */
export function sgdRate(eta: number, lambda: number): number {
  return Math.abs(1 - eta * lambda);
}

/** The stability rule: 0 < η·λ < 2 + 2β (β = 0: 0 < η·λ < 2). */
export function isStable(eta: number, beta: number, lambda: number): boolean {
  const x = eta * lambda;
  return x > 0 && x < 2 + 2 * beta && beta >= 0 && beta < 1;
}

/** Largest stable η for curvature λ > 0 at momentum β: (2 + 2β)/λ (SGD: 2/λ). */
export function etaLimit(beta: number, lambda: number): number {
  return (2 + 2 * beta) / lambda;
}

/** Smallest β that keeps momentum stable at step size η and curvature λ: ηλ/2 − 1, at least 0. */
export function betaFloor(eta: number, lambda: number): number {
  return Math.max(0, (eta * lambda) / 2 - 1);
}

/** How close a run sits to its stability limit. */
export type Margin = 'ok' | 'near' | 'unstable';

/** Fraction of the limit at which the UI warns that a small slider move will make a run diverge. */
export const NEAR_LIMIT = 0.9;

/** What the theory predicts for one run (β = 0 for SGD) on a bowl with these eigenvalues. */
export interface RunPrediction {
  readonly beta: number;
  /** Max spectral radius over the eigenvalues: error factor per step (< 1 converges). */
  readonly rate: number;
  /** The eigenvalue that sets the rate. */
  readonly slowest: number;
  /** η·λ_max over the run's limit 2 + 2β: < 1 stable. */
  readonly load: number;
  /** The largest stable η: (2 + 2β)/λ_max. */
  readonly etaLimit: number;
  readonly stable: boolean;
  /** 'near' when η is within 10% of the limit (load ≥ 0.9), 'unstable' at or past it. */
  readonly margin: Margin;
  /** Steps for the error to shrink by 10⁻⁶ at this rate (Infinity if it does not shrink). */
  readonly stepsToMillionth: number;
}

/** Predicts one run's behaviour at (η, β) on a bowl with the given Hessian eigenvalues (all > 0). */
export function predictRun(
  eigenvalues: readonly number[],
  eta: number,
  beta: number,
): RunPrediction {
  const lambdaMax = Math.max(...eigenvalues);
  let rate = 0;
  let slowest = eigenvalues[0] ?? lambdaMax;
  let stable = eigenvalues.length > 0;
  for (const lambda of eigenvalues) {
    const r = heavyBallRate(eta, beta, lambda);
    if (r > rate) {
      rate = r;
      slowest = lambda;
    }
    if (!isStable(eta, beta, lambda)) stable = false;
  }
  const load = (eta * lambdaMax) / (2 + 2 * beta);
  return {
    beta,
    rate,
    slowest,
    load,
    etaLimit: etaLimit(beta, lambdaMax),
    stable,
    margin: !stable ? 'unstable' : load >= NEAR_LIMIT ? 'near' : 'ok',
    stepsToMillionth:
      rate < 1 && rate > 0 ? Math.log(1e-6) / Math.log(rate) : rate === 0 ? 1 : Infinity,
  };
}
