import { describe, expect, it } from 'vitest';
import { nesterovRate, predictRun } from '../../core/stability';
import { nesterovBetaRange, predictRule } from './theoryRows';

describe('predictRule', () => {
  it('agrees with predictRun for SGD and momentum (rate, limit, stability, margin)', () => {
    for (const [eig, eta, beta] of [
      [[1, 50], 0.035, 0.9],
      [[1, 50], 0.037, 0],
      [[2], 0.1, 0.9],
      [[2], 1.5, 0.3],
    ] as const) {
      for (const id of ['sgd', 'momentum'] as const) {
        const b = id === 'sgd' ? 0 : beta;
        const ours = predictRule(id, eig, eta, beta);
        const core = predictRun(eig, eta, b);
        expect(ours.rate).toBeCloseTo(core.rate, 14);
        expect(ours.etaLimit).toBeCloseTo(core.etaLimit, 14);
        expect(ours.stable).toBe(core.stable);
        expect(ours.margin).toBe(core.margin);
      }
    }
  });

  it('gives Nesterov its own bound (2+2β)/((1+2β)·λ_max) and rate on the quadratic', () => {
    // λ = 2, η = 0.1, β = 0.9: c = 0.8, z² − 1.52z + 0.72 has complex roots of modulus √0.72.
    const p = predictRule('nesterov', [2], 0.1, 0.9);
    expect(p.rate).toBeCloseTo(Math.sqrt(0.72), 14);
    expect(p.rate).toBe(nesterovRate(0.1, 0.9, 2));
    expect(p.etaLimit).toBeCloseTo(3.8 / (2.8 * 2), 14);
    expect(p.stable).toBe(true);
    expect(p.steps).toBe(Math.ceil(Math.log(1e-6) / Math.log(Math.sqrt(0.72))));
    // On the ravine the preset's η = 0.038 at β = 0.7 is past Nesterov's 3.4/(2.4·50) ≈ 0.0283.
    const r = predictRule('nesterov', [1, 50], 0.038, 0.7);
    expect(r.stable).toBe(false);
    expect(r.margin).toBe('unstable');
    expect(r.steps).toBe(Infinity);
    expect(predictRule('momentum', [1, 50], 0.038, 0.7).stable).toBe(true);
  });

  it('says which β keep Nesterov stable at a given η·λ_max', () => {
    expect(nesterovBetaRange(1)).toBeNull();
    expect(nesterovBetaRange(2.5)).toBe('no β helps: η·λ_max ≥ 2');
    // η·λ = 1.5: (2+2β)/(1+2β) > 1.5 ⇔ β < 0.5.
    expect(nesterovBetaRange(1.5)).toBe('needs β < 0.500');
    const stableAt = (b: number) => predictRule('nesterov', [1], 1.5, b).stable;
    expect(stableAt(0.49)).toBe(true);
    expect(stableAt(0.51)).toBe(false);
  });
});
