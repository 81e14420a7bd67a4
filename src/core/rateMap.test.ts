import { describe, expect, it } from 'vitest';
import fc from 'fast-check';
import {
  etaBoundary,
  isStableFor,
  optimalHeavyBall,
  rateMap,
  rateMapBeta,
  rateMapEta,
  ruleRate,
  stepsToShrink,
  type RateRule,
} from './rateMap';
import { heavyBallRate, nesterovRate } from './stability';

const worst = (eta: number, beta: number, lambdas: readonly number[]) =>
  Math.max(...lambdas.map((l) => heavyBallRate(eta, beta, l)));

describe('optimalHeavyBall', () => {
  it('gives β* = ((√κ−1)/(√κ+1))², η* = (2/(√λmax+√λmin))² on the ravine (λ = 1, 50)', () => {
    const s = Math.sqrt(50);
    const opt = optimalHeavyBall(1, 50);
    expect(opt.beta).toBeCloseTo(((s - 1) / (s + 1)) ** 2, 15);
    expect(opt.eta).toBeCloseTo((2 / (s + 1)) ** 2, 15);
    expect(opt.rate).toBeCloseTo(Math.sqrt(opt.beta), 15);
    expect(opt.rate).toBeCloseTo(0.7522, 4); // 6.0711 / 8.0711
  });

  it('has the rate heavyBallRate predicts for both extreme eigenvalues', () => {
    fc.assert(
      fc.property(
        fc.double({ min: 1e-3, max: 1e3, noNaN: true }),
        fc.double({ min: 1, max: 1e4, noNaN: true }),
        (lambdaMin, kappa) => {
          const lambdaMax = lambdaMin * kappa;
          const { eta, beta, rate } = optimalHeavyBall(lambdaMin, lambdaMax);
          // Both are double roots there, so rounding moves the computed modulus by ~√ε.
          expect(heavyBallRate(eta, beta, lambdaMin)).toBeCloseTo(rate, 6);
          expect(heavyBallRate(eta, beta, lambdaMax)).toBeCloseTo(rate, 6);
          // And an eigenvalue in between spirals at the same rate.
          expect(heavyBallRate(eta, beta, Math.sqrt(lambdaMin * lambdaMax))).toBeCloseTo(rate, 6);
        },
      ),
    );
  });

  it('cannot be beaten by a nearby (η, β)', () => {
    fc.assert(
      fc.property(
        fc.double({ min: 0.01, max: 100, noNaN: true }),
        fc.double({ min: 1.5, max: 1e4, noNaN: true }),
        fc.double({ min: -0.2, max: 0.2, noNaN: true }),
        fc.double({ min: -0.2, max: 0.2, noNaN: true }),
        (lambdaMin, kappa, dEta, dBeta) => {
          fc.pre(Math.abs(dEta) > 1e-6 || Math.abs(dBeta) > 1e-6);
          const lambdaMax = lambdaMin * kappa;
          const opt = optimalHeavyBall(lambdaMin, lambdaMax);
          const eta = opt.eta * (1 + dEta);
          const beta = Math.min(0.9999, Math.max(0, opt.beta + dBeta * (1 - opt.beta)));
          expect(worst(eta, beta, [lambdaMin, lambdaMax])).toBeGreaterThanOrEqual(opt.rate - 1e-12);
        },
      ),
    );
  });
});

describe('rateMap', () => {
  const lambdas = [1, 50];

  it('samples cell centres: log-spaced η, linear β, row-major with β ascending', () => {
    expect(rateMapEta(0, 2, [0.01, 1])).toBeCloseTo(0.01 * 10 ** 0.5, 14);
    expect(rateMapEta(1, 2, [0.01, 1])).toBeCloseTo(0.01 * 10 ** 1.5, 14);
    expect(rateMapBeta(0, 4, [0, 1])).toBeCloseTo(0.125, 15);
    expect(rateMapBeta(3, 4, [0, 1])).toBeCloseTo(0.875, 15);
    const cols = 7;
    const rows = 5;
    const map = rateMap(lambdas, [1e-3, 0.2], [0, 0.999], cols, rows, 'heavy-ball');
    expect(map.length).toBe(cols * rows);
    for (let j = 0; j < rows; j++)
      for (let i = 0; i < cols; i++) {
        const eta = rateMapEta(i, cols, [1e-3, 0.2]);
        const beta = rateMapBeta(j, rows, [0, 0.999]);
        const expected = worst(eta, beta, lambdas);
        // Cells equal the max rate, except that rounding at the boundary is snapped to it.
        expect(map[j * cols + i]).toBeCloseTo(expected, 12);
      }
  });

  it('marks a cell ρ ≥ 1 exactly when η ≥ etaBoundary(β, λmax), for both rules', () => {
    fc.assert(
      fc.property(
        fc.array(fc.double({ min: 0.01, max: 100, noNaN: true }), { minLength: 1, maxLength: 3 }),
        fc.constantFrom<RateRule>('heavy-ball', 'nesterov'),
        (eigen, rule) => {
          const cols = 40;
          const rows = 30;
          const range = [1e-4 / Math.max(...eigen), 10 / Math.min(...eigen)] as const;
          const map = rateMap(eigen, range, [0, 0.999], cols, rows, rule);
          const lambdaMax = Math.max(...eigen);
          let stableCells = 0;
          for (let j = 0; j < rows; j++) {
            const beta = rateMapBeta(j, rows, [0, 0.999]);
            const limit = etaBoundary(beta, lambdaMax, rule);
            for (let i = 0; i < cols; i++) {
              const eta = rateMapEta(i, cols, range);
              const rho = map[j * cols + i] ?? NaN;
              expect(rho >= 1).toBe(eta >= limit);
              expect(rho < 1).toBe(isStableFor(rule, eta, beta, eigen));
              if (rho < 1) stableCells++;
              // Away from the boundary the snapping changes nothing: ρ is the rule's max rate.
              if (Math.abs(eta / limit - 1) > 1e-9) {
                const raw = Math.max(...eigen.map((l) => ruleRate(rule, eta, beta, l)));
                expect(rho).toBe(raw);
              }
            }
          }
          // The range straddles the boundary, so both kinds of cell occur.
          expect(stableCells).toBeGreaterThan(0);
          expect(stableCells).toBeLessThan(cols * rows);
        },
      ),
      { numRuns: 25 },
    );
  });

  it('uses Nesterov’s rate and narrower boundary for the nesterov rule', () => {
    const map = rateMap([2], [0.1, 1], [0.5, 0.5], 3, 1, 'nesterov');
    const eta = rateMapEta(1, 3, [0.1, 1]);
    expect(map[1]).toBe(nesterovRate(eta, 0.5, 2));
    expect(etaBoundary(0.5, 2, 'nesterov')).toBeCloseTo(3 / 2 / 2, 15);
    expect(etaBoundary(0.5, 2, 'heavy-ball')).toBeCloseTo(3 / 2, 15);
  });

  it('is ρ ≥ 1 everywhere when an eigenvalue is not positive (a saddle or a flat direction)', () => {
    for (const rule of ['heavy-ball', 'nesterov'] as const) {
      const map = rateMap([-0.5, 10], [1e-4, 1], [0, 0.999], 12, 9, rule);
      expect(map.every((rho) => rho >= 1)).toBe(true);
      expect(etaBoundary(0.9, -1, rule)).toBe(0);
    }
  });
});

describe('rateMap in pieces', () => {
  it('fills a map a few rows at a time to the very numbers of rateMap', () => {
    const eig = fc.array(fc.double({ min: -2, max: 100, noNaN: true }), {
      minLength: 0,
      maxLength: 3,
    });
    fc.assert(
      fc.property(
        eig,
        fc.integer({ min: 1, max: 12 }),
        fc.integer({ min: 1, max: 15 }),
        fc.integer({ min: 1, max: 5 }),
        fc.constantFrom<RateRule>('heavy-ball', 'nesterov'),
        (eigenvalues, cols, rows, chunk, rule) => {
          const whole = rateMap(eigenvalues, [1e-4, 2], [0, 0.999], cols, rows, rule);
          const pieces = new Float64Array(cols * rows);
          for (let from = 0; from < rows; from += chunk)
            rateMap(
              eigenvalues,
              [1e-4, 2],
              [0, 0.999],
              cols,
              rows,
              rule,
              pieces,
              from,
              Math.min(rows, from + chunk),
            );
          expect(Array.from(pieces)).toEqual(Array.from(whole));
        },
      ),
    );
  });
});

describe('stepsToShrink', () => {
  it('is ⌈log(1/factor)/log(rate)⌉, Infinity when the rate is at least 1', () => {
    expect(stepsToShrink(0.5)).toBe(20); // 0.5^20 ≈ 9.5e-7 ≤ 1e-6 < 0.5^19
    expect(stepsToShrink(0.9, 10)).toBe(22);
    expect(stepsToShrink(0.1)).toBe(6); // an exact power, not 7 from rounding
    expect(stepsToShrink(1)).toBe(Infinity);
    expect(stepsToShrink(1.3)).toBe(Infinity);
    expect(stepsToShrink(NaN)).toBe(Infinity);
    expect(stepsToShrink(0)).toBe(1);
  });

  it('is the smallest n with rate^n ≤ 1/factor', () => {
    fc.assert(
      fc.property(
        fc.double({ min: 1e-3, max: 0.9999, noNaN: true }),
        fc.double({ min: 2, max: 1e12, noNaN: true }),
        (rate, factor) => {
          const n = stepsToShrink(rate, factor);
          const tiny = 1 + 1e-6;
          expect(rate ** n).toBeLessThanOrEqual(tiny / factor);
          if (n > 1) expect(rate ** (n - 1) * tiny).toBeGreaterThan(1 / factor);
        },
      ),
    );
  });
});
