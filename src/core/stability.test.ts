import { describe, expect, it } from 'vitest';
import fc from 'fast-check';
import {
  betaFloor,
  etaLimit,
  heavyBallRate,
  heavyBallRoots,
  isStable,
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
