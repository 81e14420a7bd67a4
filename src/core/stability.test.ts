import { describe, expect, it } from 'vitest';
import fc from 'fast-check';
import {
  betaFloor,
  etaLimit,
  heavyBallRate,
  heavyBallRoots,
  isNesterovStable,
  isStable,
  nesterovEtaLimit,
  nesterovRate,
  nesterovRoots,
  predictRun,
  sgdRate,
} from './stability';
import { presetById } from './presets';
import { runTrajectory } from './trajectory';

describe('heavyBallRoots', () => {
  it('solves z² − 1.7z + 0.9 for λ = 2, η = 0.1, β = 0.9: a complex pair of modulus √0.9', () => {
    // 1 + β − ηλ = 1 + 0.9 − 0.2 = 1.7; discriminant 1.7² − 3.6 = −0.71 < 0.
    const r = heavyBallRoots(0.1, 0.9, 2);
    expect(r.re[0]).toBeCloseTo(0.85, 15);
    expect(r.im[0]).toBeCloseTo(Math.sqrt(0.71) / 2, 15);
    expect(heavyBallRate(0.1, 0.9, 2)).toBeCloseTo(Math.sqrt(0.9), 15);
  });

  it('gives real roots 0.5 and 0.4 for z² − 0.9z + 0.2 (λ = 1, η = 0.3, β = 0.2)', () => {
    // 1 + 0.2 − 0.3 = 0.9; (z − 0.5)(z − 0.4) = z² − 0.9z + 0.2.
    const r = heavyBallRoots(0.3, 0.2, 1);
    expect([...r.re].sort()).toEqual([expect.closeTo(0.4, 14), expect.closeTo(0.5, 14)]);
    expect(r.im).toEqual([0, 0]);
    expect(heavyBallRate(0.3, 0.2, 1)).toBeCloseTo(0.5, 14);
  });

  it('has roots −1 and −β exactly on the boundary ηλ = 2 + 2β', () => {
    // z² + (1 + β)z + β = (z + 1)(z + β).
    const r = heavyBallRoots(etaLimit(0.5, 4), 0.5, 4);
    expect([...r.re].sort((a, b) => a - b)).toEqual([
      expect.closeTo(-1, 14),
      expect.closeTo(-0.5, 14),
    ]);
    expect(heavyBallRate(etaLimit(0.5, 4), 0.5, 4)).toBeCloseTo(1, 14);
  });

  it('reduces to SGD at β = 0: roots 0 and 1 − ηλ', () => {
    const r = heavyBallRoots(0.035, 0, 50);
    expect(r.re[0]).toBeCloseTo(1 - 1.75, 15);
    expect(r.re[1]).toBe(0);
    expect(sgdRate(0.035, 50)).toBeCloseTo(0.75, 15);
    expect(heavyBallRate(0.035, 0, 50)).toBeCloseTo(sgdRate(0.035, 50), 15);
  });
});

describe('isStable', () => {
  it('is the rule 0 < ηλ < 2 + 2β, with the boundary η = (2 + 2β)/λ', () => {
    expect(etaLimit(0.9, 2)).toBeCloseTo(1.9, 15);
    expect(isStable(1.89, 0.9, 2)).toBe(true);
    expect(isStable(1.91, 0.9, 2)).toBe(false);
    expect(isStable(0.99, 0, 2)).toBe(true);
    expect(isStable(1.01, 0, 2)).toBe(false);
    expect(isStable(0, 0.9, 2)).toBe(false);
    expect(betaFloor(0.06, 50)).toBeCloseTo(0.5, 14);
  });

  it('agrees with the spectral radius: stable iff max |z| < 1', () => {
    fc.assert(
      fc.property(
        fc.double({ min: 1e-3, max: 5, noNaN: true }),
        fc.double({ min: 0, max: 0.99, noNaN: true }),
        fc.double({ min: 0.1, max: 100, noNaN: true }),
        (eta, beta, lambda) => {
          const x = eta * lambda;
          // Skip a thin band at the boundary where rounding decides.
          fc.pre(Math.abs(x - (2 + 2 * beta)) > 1e-6);
          expect(heavyBallRate(eta, beta, lambda) < 1).toBe(isStable(eta, beta, lambda));
        },
      ),
    );
  });
});

describe('predictRun', () => {
  it('takes the worst eigenvalue on the ravine (λ = 1, 50) and warns within 10% of the limit', () => {
    const sgd = predictRun([1, 50], 0.035, 0);
    expect(sgd.rate).toBeCloseTo(0.965, 14); // max(|1 − 0.035|, |1 − 1.75|)
    expect(sgd.slowest).toBe(1);
    expect(sgd.etaLimit).toBeCloseTo(0.04, 15);
    expect(sgd.margin).toBe('ok'); // 1.75 / 2 = 0.875 < 0.9
    expect(predictRun([1, 50], 0.037, 0).margin).toBe('near'); // 1.85 / 2
    expect(predictRun([1, 50], 0.041, 0).margin).toBe('unstable');
    const mom = predictRun([1, 50], 0.035, 0.9);
    expect(mom.etaLimit).toBeCloseTo(0.076, 15);
    expect(mom.stable).toBe(true);
    expect(mom.rate).toBeCloseTo(Math.sqrt(0.9), 12); // both eigen-directions spiral at √β
  });

  it('predicts the observed decay on the quadratic: |w_t| shrinks like √0.9^t', () => {
    const p = presetById('quadratic');
    const run = runTrajectory(p, { w0: [2.5], eta: 0.1, beta: 0.9 }, 400);
    const { rate } = predictRun(p.eigenvalues ?? [], 0.1, 0.9);
    // Over 200 steps the envelope of |w| shrinks by rate^200 up to a bounded factor.
    const envelope = (from: number) =>
      Math.max(...Array.from(run.w.subarray(from, from + 40), Math.abs));
    const observed = envelope(240) / envelope(40);
    expect(Math.log(observed) / 200).toBeCloseTo(Math.log(rate), 2);
  });
});

/**
 * Spectral radius of a 2×2 matrix by Gelfand's formula ρ = lim ‖A^k‖^{1/k}, with k = 2^40 reached
 * by repeated squaring (rescaled each time so nothing overflows). It uses no polynomial and no
 * root formula, so it checks nesterovRate independently.
 */
function gelfandRadius(a: readonly [number, number, number, number]): number {
  let [p, q, r, s] = a;
  let logScale = 0;
  const n = 40;
  for (let i = 0; i < n; i++) {
    const next = [p * p + q * r, p * q + q * s, r * p + s * r, r * q + s * s] as const;
    const big = Math.max(...next.map(Math.abs));
    if (big === 0) return 0; // nilpotent
    [p, q, r, s] = next.map((x) => x / big) as unknown as [number, number, number, number];
    logScale = 2 * logScale + Math.log(big);
  }
  const normM = Math.max(Math.abs(p), Math.abs(q), Math.abs(r), Math.abs(s));
  return Math.exp((logScale + Math.log(normM)) / 2 ** n);
}

/** Nesterov's iteration matrix on (w, m), built from the update rule entry by entry. */
function nesterovMatrix(eta: number, beta: number, lambda: number) {
  // m_t = β·m + ηλ·(w − β·m);  w_t = w − m_t.
  const mFromW = eta * lambda;
  const mFromM = beta - eta * lambda * beta;
  return [1 - mFromW, -mFromM, mFromW, mFromM] as const;
}

const etaArb = fc.double({ min: 1e-3, max: 3, noNaN: true });
const betaArb = fc.double({ min: 0, max: 0.99, noNaN: true });
const lambdaArb = fc.double({ min: 0.1, max: 10, noNaN: true });

describe('nesterovRoots', () => {
  it('solve z² − (1 + β)(1 − ηλ)z + β(1 − ηλ) = 0', () => {
    fc.assert(
      fc.property(etaArb, betaArb, lambdaArb, (eta, beta, lambda) => {
        const c = 1 - eta * lambda;
        const b = (1 + beta) * c;
        const p = beta * c;
        const r = nesterovRoots(eta, beta, lambda);
        for (const i of [0, 1] as const) {
          const x = r.re[i];
          const y = r.im[i];
          // (x + iy)² − b(x + iy) + p, real and imaginary parts.
          const re = x * x - y * y - b * x + p;
          const im = 2 * x * y - b * y;
          const scale = 1 + b * b + Math.abs(p);
          expect(Math.abs(re)).toBeLessThan(1e-12 * scale);
          expect(Math.abs(im)).toBeLessThan(1e-12 * scale);
        }
      }),
    );
  });

  it('are the eigenvalues of the update matrix: sum = trace, product = determinant', () => {
    fc.assert(
      fc.property(etaArb, betaArb, lambdaArb, (eta, beta, lambda) => {
        const [a, b, c, d] = nesterovMatrix(eta, beta, lambda);
        const r = nesterovRoots(eta, beta, lambda);
        const sumRe = r.re[0] + r.re[1];
        const sumIm = r.im[0] + r.im[1];
        const prodRe = r.re[0] * r.re[1] - r.im[0] * r.im[1];
        const scale = 1 + Math.abs(a) + Math.abs(d) + Math.abs(b * c);
        expect(Math.abs(sumRe - (a + d))).toBeLessThan(1e-12 * scale);
        expect(Math.abs(sumIm)).toBeLessThan(1e-12 * scale);
        expect(Math.abs(prodRe - (a * d - b * c))).toBeLessThan(1e-12 * scale);
      }),
    );
  });

  it('has roots −1 and β/(1 + 2β) on the boundary ηλ = (2 + 2β)/(1 + 2β)', () => {
    const eta = nesterovEtaLimit(0.9, 4);
    expect(eta * 4).toBeCloseTo(3.8 / 2.8, 14);
    const r = nesterovRoots(eta, 0.9, 4);
    expect([...r.re].sort((a, b) => a - b)).toEqual([
      expect.closeTo(-1, 14),
      expect.closeTo(0.9 / 2.8, 14),
    ]);
    expect(nesterovRate(eta, 0.9, 4)).toBeCloseTo(1, 14);
  });
});

describe('nesterovRate', () => {
  it('equals the spectral radius of the update matrix (Gelfand’s formula)', () => {
    fc.assert(
      fc.property(etaArb, betaArb, lambdaArb, (eta, beta, lambda) => {
        const expected = gelfandRadius(nesterovMatrix(eta, beta, lambda));
        const rate = nesterovRate(eta, beta, lambda);
        // Near a double root the k-th root converges like k^{1/k}: 1e-7 is ample at k = 2^40.
        expect(Math.abs(rate - expected)).toBeLessThan(1e-7 * (1 + expected));
      }),
    );
  });

  it('crosses 1 exactly at the bound: stable iff rate < 1 (0 ≤ β < 1)', () => {
    fc.assert(
      fc.property(etaArb, betaArb, lambdaArb, (eta, beta, lambda) => {
        const x = eta * lambda;
        fc.pre(Math.abs(x - (2 + 2 * beta) / (1 + 2 * beta)) > 1e-6);
        expect(nesterovRate(eta, beta, lambda) < 1).toBe(isNesterovStable(eta, beta, lambda));
        expect(isNesterovStable(eta, beta, lambda)).toBe(eta < nesterovEtaLimit(beta, lambda));
      }),
    );
    expect(isNesterovStable(1.49, 0.5, 1)).toBe(true); // limit 3/2
    expect(isNesterovStable(1.51, 0.5, 1)).toBe(false);
    expect(isNesterovStable(0, 0.5, 1)).toBe(false);
    expect(isNesterovStable(1, 1, 1)).toBe(false); // β must stay below 1
  });

  it('reduces to SGD at β = 0', () => {
    fc.assert(
      fc.property(etaArb, lambdaArb, (eta, lambda) => {
        const r = nesterovRoots(eta, 0, lambda);
        expect(r.re[0]).toBeCloseTo(1 - eta * lambda, 14);
        expect(r.re[1]).toBe(0);
        expect(r.im).toEqual([0, 0]);
        expect(nesterovRate(eta, 0, lambda)).toBeCloseTo(sgdRate(eta, lambda), 14);
        expect(nesterovEtaLimit(0, lambda)).toBe(etaLimit(0, lambda));
        expect(isNesterovStable(eta, 0, lambda)).toBe(isStable(eta, 0, lambda));
      }),
    );
  });

  it('differs from heavy ball: no error left after one step at ηλ = 1, a narrower stable range', () => {
    // A spot check of the two rules' difference: at ηλ = 1 Nesterov's look-ahead step kills the
    // error in one step (c = 0), heavy ball still spirals at √β.
    expect(nesterovRate(0.5, 0.9, 2)).toBe(0);
    expect(heavyBallRate(0.5, 0.9, 2)).toBeCloseTo(Math.sqrt(0.9), 14);
    // And its stable range is narrower: (2 + 2β)/(1 + 2β) < 2 + 2β for β > 0.
    expect(nesterovEtaLimit(0.9, 1)).toBeLessThan(etaLimit(0.9, 1));
  });

  it('predicts the decay of the actual Nesterov update on L = λw²/2', () => {
    // Each case: spiralling (complex roots), real roots, and a diverging one.
    const cases = [
      { eta: 0.05, beta: 0.9, lambda: 1 },
      { eta: 0.02, beta: 0.3, lambda: 2 },
      { eta: 1.2, beta: 0.6, lambda: 1.5 },
      { eta: 0.4, beta: 0.95, lambda: 3.5 },
    ];
    for (const { eta, beta, lambda } of cases) {
      let w = 1;
      let m = 0;
      const abs: number[] = [Math.abs(w)];
      for (let t = 1; t <= 1200; t++) {
        const g = lambda * (w - beta * m); // ∇L at the look-ahead point
        m = beta * m + eta * g;
        w = w - m;
        abs.push(Math.abs(w));
      }
      // The envelope (max over a window longer than one oscillation) shrinks by rate^steps.
      const env = (from: number) => Math.max(...abs.slice(from, from + 150));
      const observed = Math.log(env(1000) / env(200)) / 800;
      const predicted = Math.log(nesterovRate(eta, beta, lambda));
      expect(Math.abs(observed - predicted)).toBeLessThan(0.01 * Math.abs(predicted) + 2e-4);
    }
  });
});
