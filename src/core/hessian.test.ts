import { describe, expect, it } from 'vitest';
import fc from 'fast-check';
import {
  hessianByGradient,
  hessianEigenvalues,
  presetHessian,
  symmetricEigen2,
  type Hessian,
} from './hessian';
import { PRESETS, presetById } from './presets';
import type { Vec } from './vector';

const maxAbs = (h: Hessian) => Math.max(...h.map(Math.abs));

describe('presetHessian', () => {
  it('matches central differences of the exact gradient at random points of every preset', () => {
    for (const p of PRESETS) {
      const coord = (i: number) => {
        const [lo, hi] = p.view[i] ?? [-1, 1];
        return fc.double({ min: lo, max: hi, noNaN: true });
      };
      const point = p.dim === 1 ? fc.tuple(coord(0)) : fc.tuple(coord(0), coord(1));
      fc.assert(
        fc.property(point, (w: Vec) => {
          const exact = presetHessian(p.id, w);
          const approx = hessianByGradient(p.grad, w);
          expect(exact.length).toBe(p.dim === 1 ? 1 : 3);
          expect(approx.length).toBe(exact.length);
          // ~10 digits survive the differences; allow 1e-6 of the Hessian's size.
          const tol = 1e-6 * (1 + maxAbs(exact));
          exact.forEach((v, i) => expect(Math.abs(v - (approx[i] ?? NaN))).toBeLessThan(tol));
        }),
        { numRuns: 200 },
      );
    }
  });

  it('has the known curvatures: constant bowls, Rosenbrock’s valley floor, the double well', () => {
    expect(presetHessian('quadratic', [1.7])).toEqual([2]);
    expect(presetHessian('ravine', [-9, 3])).toEqual([1, 0, 50]);
    expect(presetHessian('rosenbrock', [1, 1])).toEqual([802, -400, 200]);
    expect(presetHessian('double-well', [0])).toEqual([-6]);
    // At the minima the curvature is positive: the bowls momentum settles into.
    for (const id of ['himmelblau', 'beale', 'double-well'] as const)
      for (const m of presetById(id).minima)
        for (const l of hessianEigenvalues(presetHessian(id, m))) expect(l).toBeGreaterThan(0);
  });
});

describe('hessianByGradient', () => {
  it('recovers a known non-quadratic Hessian to ~10 digits', () => {
    // L = x³y + eˣ + sin y: ∇L = (3x²y + eˣ, x³ + cos y); H = [[6xy + eˣ, 3x²], [3x², −sin y]].
    const grad = (w: Vec, out: number[]) => {
      const [x = 0, y = 0] = w;
      out[0] = 3 * x * x * y + Math.exp(x);
      out[1] = x ** 3 + Math.cos(y);
      return out;
    };
    fc.assert(
      fc.property(
        fc.double({ min: -3, max: 3, noNaN: true }),
        fc.double({ min: -3, max: 3, noNaN: true }),
        (x, y) => {
          const h = hessianByGradient(grad, [x, y]);
          const exact = [6 * x * y + Math.exp(x), 3 * x * x, -Math.sin(y)];
          exact.forEach((v, i) =>
            expect(Math.abs(v - (h[i] ?? NaN))).toBeLessThan(1e-7 * (1 + Math.abs(v))),
          );
        },
      ),
    );
  });

  it('honours an explicit step', () => {
    // L = w⁴: the central difference of 4w³ is 12w² + 4h² exactly.
    const grad = (w: Vec, out: number[]) => {
      out[0] = 4 * (w[0] ?? 0) ** 3;
      return out;
    };
    expect(hessianByGradient(grad, [1], 0.5)[0]).toBeCloseTo(12 + 4 * 0.25, 12);
  });
});

describe('symmetricEigen2', () => {
  it('gives 1 and 3 for [[2, 1], [1, 2]], sorted ascending', () => {
    expect(symmetricEigen2(2, 1, 2)).toEqual([1, 3]);
    expect(symmetricEigen2(50, 0, 1)).toEqual([1, 50]);
  });

  it('returns the eigenvalues: sum = trace, product = det, and (H − λI)v = 0 for some v ≠ 0', () => {
    const entry = fc.double({ min: -1e3, max: 1e3, noNaN: true });
    fc.assert(
      fc.property(entry, entry, entry, (a, b, c) => {
        const [l1, l2] = symmetricEigen2(a, b, c);
        const scale = 1 + Math.abs(a) + Math.abs(b) + Math.abs(c);
        expect(l1).toBeLessThanOrEqual(l2);
        expect(Math.abs(l1 + l2 - (a + c))).toBeLessThan(1e-12 * scale);
        expect(Math.abs(l1 * l2 - (a * c - b * b))).toBeLessThan(1e-12 * scale * scale);
        for (const l of [l1, l2]) {
          // H − λI is singular: pick the larger of its two rows' null vectors.
          const v1 = [b, l - a];
          const v2 = [l - c, b];
          const v = Math.hypot(...v1) >= Math.hypot(...v2) ? v1 : v2;
          const n = Math.hypot(...v);
          if (n === 0) continue; // H = λI: every v works
          const [x = 0, y = 0] = v.map((t) => t / n);
          expect(Math.abs(a * x + b * y - l * x)).toBeLessThan(1e-9 * scale);
          expect(Math.abs(b * x + c * y - l * y)).toBeLessThan(1e-9 * scale);
        }
      }),
    );
  });
});
