/**
 * Local curvature: the Hessian of a loss at a point and its eigenvalues, so the rate map and the
 * stability readouts can treat a non-quadratic loss as the quadratic that matches it there.
 */
import type { PresetId } from './presets';
import type { Vec } from './vector';

/** A symmetric Hessian: [h] on a loss curve, [∂²L/∂x², ∂²L/∂x∂y, ∂²L/∂y²] on a surface. */
export type Hessian = [number, number, number] | [number];

const at = (w: Vec, i: number): number => w[i] ?? 0;

/** Beale's Hessian, from its three residuals r_k = c_k − x + x·y^k (k = 1, 2, 3). */
function bealeHessian(x: number, y: number): [number, number, number] {
  const a = 1.5 - x + x * y;
  const b = 2.25 - x + x * y * y;
  const c = 2.625 - x + x * y ** 3;
  // ∂r/∂x = y^k − 1, ∂r/∂y = k·x·y^(k−1), ∂²r/∂x∂y = k·y^(k−1), ∂²r/∂y² = k(k−1)·x·y^(k−2).
  const [ax, bx, cx] = [y - 1, y * y - 1, y ** 3 - 1];
  const [ay, by, cy] = [x, 2 * x * y, 3 * x * y * y];
  const hxx = 2 * (ax * ax + bx * bx + cx * cx);
  const hxy = 2 * (ax * ay + a + bx * by + 2 * y * b + cx * cy + 3 * y * y * c);
  const hyy = 2 * (ay * ay + by * by + cy * cy) + 2 * (2 * x * b + 6 * x * y * c);
  return [hxx, hxy, hyy];
}

const HESSIANS: Record<PresetId, (w: Vec) => Hessian> = {
  // L = w²
  quadratic: () => [2],
  // L = w⁴ − 3w² + w
  'double-well': (w) => [12 * at(w, 0) ** 2 - 6],
  // L = 0.5x² + 25y²
  ravine: () => [1, 0, 50],
  // L = (1 − x)² + 100(y − x²)²
  rosenbrock: (w) => {
    const x = at(w, 0);
    const y = at(w, 1);
    return [2 - 400 * (y - x * x) + 800 * x * x, -400 * x, 200];
  },
  // L = a² + b², a = x² + y − 11, b = x + y² − 7
  himmelblau: (w) => {
    const x = at(w, 0);
    const y = at(w, 1);
    const a = x * x + y - 11;
    const b = x + y * y - 7;
    return [4 * a + 8 * x * x + 2, 4 * x + 4 * y, 4 * b + 8 * y * y + 2];
  },
  beale: (w) => bealeHessian(at(w, 0), at(w, 1)),
};

/** The exact (analytic) Hessian of a built-in preset's loss at w. */
export function presetHessian(id: PresetId, w: Vec): Hessian {
  return HESSIANS[id](w);
}

/**
 * A Hessian estimated by central differences of the EXACT gradient, for losses without an
 * analytic one (a loss of one's own, whose gradient is automatic): column j is
 * (∇L(w + h_j e_j) − ∇L(w − h_j e_j)) / 2h_j, and the two off-diagonal estimates are averaged.
 * The default step h_j = ∛ε·max(1, |w_j|) ≈ 6e-6·scale balances truncation (∝ h²) against
 * rounding (∝ ε/h), leaving roughly 10 correct digits. For the curvature estimate only (rate
 * maps, stability hints): descent always uses the exact gradient itself (DESIGN §2).
 */
export function hessianByGradient(
  grad: (w: Vec, out: number[]) => number[],
  w: Vec,
  h?: number,
): Hessian {
  const d = w.length >= 2 ? 2 : 1;
  const cols: number[][] = [];
  for (let j = 0; j < d; j++) {
    const step = h ?? Math.cbrt(Number.EPSILON) * Math.max(1, Math.abs(at(w, j)));
    const plus = Array.from({ length: d }, (_, i) => at(w, i));
    const minus = plus.slice();
    plus[j] = at(w, j) + step;
    minus[j] = at(w, j) - step;
    // The step actually taken (after rounding w_j ± step), for an honest quotient.
    const width = at(plus, j) - at(minus, j);
    const gp = grad(plus, new Array<number>(d).fill(0));
    const gm = grad(minus, new Array<number>(d).fill(0));
    cols.push(Array.from({ length: d }, (_, i) => (at(gp, i) - at(gm, i)) / width));
  }
  const c0 = cols[0] ?? [];
  if (d === 1) return [at(c0, 0)];
  const c1 = cols[1] ?? [];
  return [at(c0, 0), (at(c0, 1) + at(c1, 0)) / 2, at(c1, 1)];
}

/**
 * Eigenvalues of the symmetric 2×2 matrix [[hxx, hxy], [hxy, hyy]], ascending:
 * (hxx + hyy)/2 ∓ √(((hxx − hyy)/2)² + hxy²). (hypot keeps the square root from overflowing.)
 */
export function symmetricEigen2(hxx: number, hxy: number, hyy: number): [number, number] {
  const mean = (hxx + hyy) / 2;
  const radius = Math.hypot((hxx - hyy) / 2, hxy);
  return [mean - radius, mean + radius];
}

/** The Hessian's eigenvalues, ascending: [h] itself in 1D. */
export function hessianEigenvalues(h: Hessian): number[] {
  return h.length === 1 ? [h[0]] : symmetricEigen2(h[0], h[1], h[2]);
}
