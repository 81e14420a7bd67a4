import type { OptimizerId } from '../../core/optimizers/registry';
import { optimizerById } from '../../core/optimizers/registry';
import type { Trajectory } from '../../core/trajectory';
import { isAdaptive } from './adaptive';
import { adaptiveEquations } from './adaptiveEquations';
import { stepEquations, type Formula } from './equations';
import { momentumEquations } from './momentumEquations';
import type { RunEquations } from './ruleTypes';
import type { Spelling } from './spellings';

/** Each rule in plain text with Unicode subscripts, for the fallback before KaTeX loads. */
const RULE_TEXT: Record<OptimizerId, string> = {
  sgd: 'mₜ = η·g(wₜ₋₁), wₜ = wₜ₋₁ − mₜ',
  momentum: 'mₜ = β·mₜ₋₁ + η·g(wₜ₋₁), wₜ = wₜ₋₁ − mₜ',
  nesterov: 'mₜ = β·mₜ₋₁ + η·g(wₜ₋₁ − β·mₜ₋₁), wₜ = wₜ₋₁ − mₜ',
  rmsprop: 'sₜ = 0.9·sₜ₋₁ + 0.1·g², wₜ = wₜ₋₁ − η·g/(√sₜ + ε)',
  adam: 'âₜ = aₜ/(1 − 0.9ᵗ), ŝₜ = sₜ/(1 − 0.999ᵗ), wₜ = wₜ₋₁ − η·âₜ/(√ŝₜ + ε)',
  adagrad: 'sₜ = sₜ₋₁ + g², wₜ = wₜ₋₁ − η·g/(√sₜ + ε)',
};

/** Momentum's and Nesterov's rule in the other two spellings (spellings.ts). */
function spelledRule(id: 'momentum' | 'nesterov', spelling: 'pytorch' | 'ema'): Formula {
  const at =
    id === 'nesterov'
      ? spelling === 'ema'
        ? "w_{t-1} - \\eta'\\beta v_{t-1}"
        : 'w_{t-1} - \\eta\\beta v_{t-1}'
      : 'w_{t-1}';
  const atText =
    id === 'nesterov' ? (spelling === 'ema' ? 'wₜ₋₁ − η′β·vₜ₋₁' : 'wₜ₋₁ − ηβ·vₜ₋₁') : 'wₜ₋₁';
  return spelling === 'pytorch'
    ? {
        tex: `v_t = \\beta\\, v_{t-1} + g(${at}),\\quad w_t = w_{t-1} - \\eta\\, v_t`,
        text: `vₜ = β·vₜ₋₁ + g(${atText}), wₜ = wₜ₋₁ − η·vₜ`,
      }
    : {
        tex: `v_t = \\beta\\, v_{t-1} + (1-\\beta)\\, g(${at}),\\quad w_t = w_{t-1} - \\eta'\\, v_t`,
        text: `vₜ = β·vₜ₋₁ + (1−β)·g(${atText}), wₜ = wₜ₋₁ − η′·vₜ`,
      };
}

/** The rule a run follows, symbolically, in the spelling chosen (momentum and Nesterov only). */
export function ruleFormula(id: OptimizerId, spelling: Spelling): Formula {
  if ((id === 'momentum' || id === 'nesterov') && spelling !== 'notes')
    return spelledRule(id, spelling);
  return { tex: optimizerById(id).tex, text: RULE_TEXT[id] };
}

/**
 * A rule's equations one by one (split where the rule writes ",\\quad" or ",\\ "), so a narrow
 * column can wrap between them; the text is split at ", " when it has as many parts.
 */
export function ruleParts(rule: Formula): Formula[] {
  const tex = rule.tex.split(/,\\(?:quad|\s)\s*/);
  const text = rule.text.split(/, (?=\S+ = )/);
  if (tex.length === 1) return [rule];
  return tex.map((t, i) => ({ tex: t, text: text.length === tex.length ? (text[i] ?? '') : '' }));
}

/** Whether a rule can be written in the three spellings (it has a velocity m = η·v). */
export function hasSpellings(id: OptimizerId): boolean {
  return id === 'momentum' || id === 'nesterov';
}

/** A run's update at the step on screen with its numbers, whatever its rule. */
export function runEquations(run: Trajectory, step: number, spelling: Spelling): RunEquations {
  const id = run.optimizer;
  if (hasSpellings(id)) return momentumEquations(run, step, spelling);
  if (isAdaptive(id)) return adaptiveEquations(run, step);
  const e = stepEquations(run, step, false);
  return {
    t: e.t,
    lines: [
      { key: 'm', testId: 'eq-sgd-m', formula: e.velocity },
      { key: 'w', formula: e.position },
    ],
    unrolled: null,
    notes: e.t === 0 ? ['No step has been taken yet: step on to see the first update.'] : [],
  };
}
