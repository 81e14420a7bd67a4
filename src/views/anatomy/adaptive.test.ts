import { describe, expect, it } from 'vitest';
import { presetById } from '../../core/presets';
import { rowOf, runTrajectory } from '../../core/trajectory';
import { adaptiveAnatomy, isAdaptive, stepRange } from './adaptive';
import { adaptiveEquations } from './adaptiveEquations';
import { createNoise } from '../../core/noise';

const ravine = (optimizer: 'adam' | 'rmsprop' | 'adagrad' | 'momentum', eta = 0.1) => {
  const p = presetById('ravine');
  return runTrajectory(p, { w0: p.w0, eta, beta: p.beta, optimizer }, 80);
};

describe('adaptiveAnatomy', () => {
  it('is null for momentum and at step 0', () => {
    expect(adaptiveAnatomy(ravine('momentum'), 5)).toBeNull();
    expect(adaptiveAnatomy(ravine('adam'), 0)).toBeNull();
    expect(isAdaptive('adagrad')).toBe(true);
    expect(isAdaptive('nesterov')).toBe(false);
  });

  it('Adam: scale·â is the step taken, with the bias corrections of step t', () => {
    const run = ravine('adam');
    for (const t of [1, 2, 25, 80]) {
      const a = adaptiveAnatomy(run, t)!;
      expect(a.t).toBe(t);
      expect(a.corrections![0]).toBeCloseTo(1 / (1 - 0.9 ** t), 12);
      expect(a.corrections![1]).toBeCloseTo(1 / (1 - 0.999 ** t), 9);
      const m = rowOf(run, 'm', t);
      a.coords.forEach((c, i) => {
        expect(c.step).toBe(m[i]);
        expect(c.scale * c.direction).toBeCloseTo(m[i] ?? NaN, 13);
        expect(c.sHat).toBeCloseTo(c.s * (a.corrections?.[1] ?? NaN), 12);
      });
    }
  });

  it("Adam's first step is η long per coordinate: â = g and ŝ = g², so |step|/η = 1", () => {
    const a = adaptiveAnatomy(ravine('adam'), 1)!;
    for (const c of a.coords) {
      expect(c.aHat).toBeCloseTo(c.g, 12);
      expect(c.sHat).toBeCloseTo(c.g * c.g, 9);
      // 1 up to ε: |g|/(|g| + 1e-8).
      expect(c.stepOverEta).toBeCloseTo(1, 7);
    }
    // At w₀ = (−9, 3) the ravine's gradients are −9 and 150, 17× apart, yet both steps are η long.
    expect(Math.abs(a.coords[1]!.g / a.coords[0]!.g)).toBeGreaterThan(16);
    const [lo, hi] = stepRange(a);
    expect(hi - lo).toBeLessThan(2e-9);
  });

  it('RMSProp and AdaGrad: scale·g is the step; AdaGrad s is the running sum of g²', () => {
    for (const id of ['rmsprop', 'adagrad'] as const) {
      const run = ravine(id, 0.05);
      for (const t of [1, 3, 40]) {
        const a = adaptiveAnatomy(run, t)!;
        expect(a.corrections).toBeNull();
        const m = rowOf(run, 'm', t);
        a.coords.forEach((c, i) => {
          expect(c.a).toBeNull();
          expect(c.direction).toBe(c.g);
          expect(c.scale * c.g).toBeCloseTo(m[i] ?? NaN, 13);
        });
      }
    }
    const run = ravine('adagrad', 0.05);
    let sum = 0;
    for (let t = 1; t <= 3; t++) sum += (rowOf(run, 'used', t)[1] ?? 0) ** 2;
    expect(adaptiveAnatomy(run, 3)!.coords[1]!.s).toBeCloseTo(sum, 9);
    // RMSProp's first step is √10 ≈ 3.16 η long: s₁ = 0.1·g₁² has no bias correction.
    expect(adaptiveAnatomy(ravine('rmsprop', 0.05), 1)!.coords[0]!.stepOverEta).toBeCloseTo(
      Math.sqrt(10),
      6,
    );
  });

  it('stops at the last finite row of a diverged run', () => {
    const p = presetById('ravine');
    const run = runTrajectory(p, { w0: p.w0, eta: 5, beta: 0, optimizer: 'adagrad' }, 50);
    const a = adaptiveAnatomy(run, 50);
    expect(a === null || a.t <= run.length - 1).toBe(true);
  });
});

describe('adaptiveEquations with noise', () => {
  it('writes the gradient used as ∇L plus the step’s draw, not "g = g"', () => {
    const noise = createNoise(1, 0.5, 2);
    const run = runTrajectory(
      presetById('ravine'),
      { w0: [-9, 3], eta: 0.1, beta: 0.9, optimizer: 'adam', noise },
      6,
    );
    const g = adaptiveEquations(run, 5).lines.find((l) => l.key === 'g');
    expect(g?.formula.text).toMatch(/^g4 = ∇L\(w4\) \+ σ·ξ5 = \(/);
    expect(g?.formula.tex).toContain('\\nabla L(w_{4}) + \\sigma\\, \\xi_{5}');
  });
});
