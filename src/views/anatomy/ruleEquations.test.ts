import { describe, expect, it } from 'vitest';
import type { OptimizerId } from '../../core/optimizers/registry';
import { presetById } from '../../core/presets';
import { runTrajectory } from '../../core/trajectory';
import { chain, both } from './equations';
import { ruleFormula, ruleParts, runEquations } from './ruleEquations';

const quad = (optimizer: OptimizerId, eta = 0.1) =>
  runTrajectory(presetById('quadratic'), { w0: [2.5], eta, beta: 0.9, optimizer }, 20);

const text = (id: OptimizerId, spelling: 'notes' | 'pytorch' | 'ema', t: number, eta = 0.1) =>
  runEquations(quad(id, eta), t, spelling).lines.map((l) => l.formula.text);

describe('runEquations', () => {
  it('writes momentum in three spellings with the same step: v₃ = m₃/η = 9.95, EMA v₃ = 0.995', () => {
    expect(text('momentum', 'notes', 3)).toEqual([
      'm3 = β·m2 + η·∇L(w2) = 0.9·0.85 + 0.1·2.3 = 0.995',
      'w3 = w2 − m3 = 1.15 − 0.995 = 0.155',
    ]);
    expect(text('momentum', 'pytorch', 3)).toEqual([
      'v3 = β·v2 + ∇L(w2) = 0.9·8.5 + 2.3 = 9.95',
      'w3 = w2 − η·v3 = 1.15 − 0.1·9.95 = 0.155',
      'v3 = m3/η = 0.995/0.1 = 9.95',
    ]);
    expect(text('momentum', 'ema', 3)).toEqual([
      'η′ = η/(1−β) = 0.1/(1 − 0.9) = 1',
      'v3 = β·v2 + (1−β)·∇L(w2) = 0.9·0.85 + 0.1·2.3 = 0.995',
      'w3 = w2 − η′·v3 = 1.15 − 1·0.995 = 0.155',
      'v3 = m3/η′ = 0.995/1 = 0.995',
    ]);
  });

  it('starts Nesterov at its look-ahead point: w̃₁ = w₁ − β·m₁ = 2 − 0.9·0.5 = 1.55', () => {
    const lines = text('nesterov', 'notes', 2);
    expect(lines[0]).toBe('w̃1 = w1 − β·m1 = 2 − 0.9·0.5 = 1.55');
    // m₂ = 0.9·0.5 + 0.1·∇L(1.55) = 0.45 + 0.31 = 0.76.
    expect(lines[1]).toBe('m2 = β·m1 + η·∇L(w̃1) = 0.9·0.5 + 0.1·3.1 = 0.76');
    expect(text('nesterov', 'pytorch', 2)[0]).toBe('w̃1 = w1 − η·β·v1 = 2 − 0.1·0.9·5 = 1.55');
    const eq = runEquations(quad('nesterov'), 2, 'notes');
    expect(eq.unrolled?.text).toContain('= 0.76');
  });

  it('takes Adam apart: â, ŝ and the scale of step 1 give a step of η', () => {
    const lines = text('adam', 'notes', 1);
    expect(lines).toContain('a1 = 0.9·a0 + 0.1·g0 = 0.9·0 + 0.1·5 = 0.5');
    expect(lines).toContain('â1 = a1/(1 − 0.9^1) = 10·0.5 = 5');
    // η/(√25 + 1e-8) · 5 = 0.1 (to 5 digits).
    expect(lines.find((l) => l.startsWith('m1'))).toBe('m1 = η/(√ŝ1 + ε)·â1 = 0.02·5 = 0.1');
    const rms = text('rmsprop', 'notes', 1, 0.01);
    expect(rms).toContain('s1 = 0.9·s0 + 0.1·g0² = 0.9·0 + 0.1·5² = 2.5');
    expect(text('adagrad', 'notes', 2, 0.5)[1]).toMatch(/^s2 = s1 \+ g1² = 25 \+ /);
  });

  it('says no step has been taken at step 0, in every rule', () => {
    for (const id of ['sgd', 'momentum', 'nesterov', 'rmsprop', 'adam', 'adagrad'] as const) {
      const eq = runEquations(quad(id), 0, 'pytorch');
      expect(eq.t).toBe(0);
      expect(eq.lines.map((l) => l.formula.text).join(' ')).not.toContain('η·g');
      expect(eq.lines.at(-1)?.formula.text).toMatch(/^w₀ = 2.5/);
    }
    expect(runEquations(quad('adam'), 0, 'notes').notes[0]).toMatch(/No step has been taken yet/);
  });

  it('uses the optimizer’s own TeX for the rule in these notes, and a spelled rule otherwise', () => {
    expect(ruleFormula('adam', 'pytorch').tex).toContain('\\hat a_t');
    expect(ruleFormula('momentum', 'pytorch').text).toBe('vₜ = β·vₜ₋₁ + g(wₜ₋₁), wₜ = wₜ₋₁ − η·vₜ');
  });

  it('writes every rule’s plain text with real subscripts, never an underscore', () => {
    for (const id of ['sgd', 'momentum', 'nesterov', 'rmsprop', 'adam', 'adagrad'] as const)
      for (const spelling of ['notes', 'pytorch', 'ema'] as const)
        expect(ruleFormula(id, spelling).text).not.toMatch(/_/);
  });

  it('splits a rule into its equations so a narrow column wraps between them', () => {
    const adam = ruleParts(ruleFormula('adam', 'notes'));
    expect(adam.map((p) => p.tex.split(' = ')[0])).toEqual(['\\hat a_t', '\\hat s_t', 'w_t']);
    expect(adam.map((p) => p.text.split(' = ')[0])).toEqual(['âₜ', 'ŝₜ', 'wₜ']);
    const ema = ruleParts(ruleFormula('nesterov', 'ema'));
    expect(ema).toHaveLength(2);
    expect(ema[1]?.tex).toBe("w_t = w_{t-1} - \\eta'\\, v_t");
    expect(ruleParts({ tex: 'x = 1', text: 'x = 1' })).toEqual([{ tex: 'x = 1', text: 'x = 1' }]);
  });
});

describe('chain', () => {
  it('breaks a long scalar line after the rule, and before the result when the tail is long', () => {
    const short = chain(false, both('m', 'm'), both('a', 'a'), both('1', '1'), both('1', '1'));
    expect(short.tex).toBe('m = a = 1 = 1');
    const long = chain(
      false,
      both('m_{60}', 'm60'),
      both('\\eta\\, \\nabla L(w_{59})', 'η·∇L(w59)'),
      both('0.02 \\cdot 1.3364 \\times 10^{-5}', '0.02·1.3364 × 10⁻⁵'),
      both('2.6727 \\times 10^{-7}', '2.6727 × 10⁻⁷'),
    );
    expect(long.tex).toBe(
      '\\begin{aligned} m_{60} &= \\eta\\, \\nabla L(w_{59}) \\\\ &= 0.02 \\cdot 1.3364 \\times 10^{-5} \\\\ &= 2.6727 \\times 10^{-7} \\end{aligned}',
    );
  });
});
