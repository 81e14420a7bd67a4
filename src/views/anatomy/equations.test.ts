import { describe, expect, it } from 'vitest';
import { presetById } from '../../core/presets';
import { runTrajectory } from '../../core/trajectory';
import { stepEquations, texNumber, texVector } from './equations';

const quad = (beta: number) =>
  runTrajectory(presetById('quadratic'), { w0: [2.5], eta: 0.1, beta }, 40);

describe('stepEquations', () => {
  it('substitutes the numbers of step 3 on the quadratic (fixture: m_3 = 0.995)', () => {
    const e = stepEquations(quad(0.9), 3, true);
    expect(e.velocity.tex).toBe(
      '\\begin{aligned} m_{3} &= \\beta\\, m_{2} + \\eta\\, \\nabla L(w_{2}) \\\\ &= 0.9 \\cdot 0.85 + 0.1 \\cdot 2.3 = 0.995 \\end{aligned}',
    );
    expect(e.position.text).toBe('w3 = w2 − m3 = 1.15 − 0.995 = 0.155');
    expect(e.unrolled?.text).toBe(
      'm3 = η·Σ β^k·g(2−k) = η·g2 + η·β·g1 + η·β^2·g0 = 0.23 + 0.36 + 0.405 = 0.995',
    );
    expect(e.unrolled?.tex).toContain('\\sum_{k=0}^{2} \\beta^{k} g_{2-k}');
  });

  it('gives SGD its single term and no unrolled sum', () => {
    const e = stepEquations(quad(0), 1, false);
    expect(e.velocity.text).toBe('m1 = η·∇L(w0) = 0.1·5 = 0.5');
    expect(e.unrolled).toBeNull();
  });

  it('aggregates the older terms past the written ones and says how many', () => {
    const e = stepEquations(quad(0.9), 10, true);
    expect(e.unrolled?.text).toContain('(7 older terms)');
    expect(e.unrolled?.tex).toContain('\\text{7 older}');
  });

  it('shows the start at step 0', () => {
    expect(stepEquations(quad(0.9), 0, true).velocity.text).toBe('m₀ = 0');
  });
});

describe('texNumber', () => {
  it('writes minus signs in ASCII, exponents as powers of ten, vectors as columns', () => {
    expect(texNumber(-1.5)).toBe('-1.5');
    expect(texNumber(1.2345e-7)).toBe('1.2345 \\times 10^{-7}');
    expect(texNumber(0.9950000000000001)).toBe('0.995');
    expect(texVector([1, -2])).toBe('\\begin{pmatrix}1\\\\-2\\end{pmatrix}');
  });
});
