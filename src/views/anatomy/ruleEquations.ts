import type { OptimizerId } from '../../core/optimizers/registry';
import { optimizerById } from '../../core/optimizers/registry';
import type { Trajectory } from '../../core/trajectory';
import { isAdaptive } from './adaptive';
import { adaptiveEquations } from './adaptiveEquations';
import { stepEquations, type Formula } from './equations';
import { momentumEquations } from './momentumEquations';
import type { RunEquations } from './ruleTypes';
import type { Spelling } from './spellings';

/** Each rule in plain text, for the fallback before KaTeX loads (the TeX is the optimizer's). */
const RULE_TEXT: Record<OptimizerId, string> = {
  sgd: 'm_t = η·g(w_{t−1}), w_t = w_{t−1} − m_t',
  momentum: 'm_t = β·m_{t−1} + η·g(w_{t−1}), w_t = w_{t−1} − m_t',
  nesterov: 'm_t = β·m_{t−1} + η·g(w_{t−1} − β·m_{t−1}), w_t = w_{t−1} − m_t',
  rmsprop: 's_t = 0.9·s_{t−1} + 0.1·g², w_t = w_{t−1} − η·g/(√s_t + ε)',
  adam: 'â_t = a_t/(1 − 0.9^t), ŝ_t = s_t/(1 − 0.999^t), w_t = w_{t−1} − η·â_t/(√ŝ_t + ε)',
  adagrad: 's_t = s_{t−1} + g², w_t = w_{t−1} − η·g/(√s_t + ε)',
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
    id === 'nesterov'
      ? spelling === 'ema'
        ? 'w_{t−1} − η′β·v_{t−1}'
        : 'w_{t−1} − ηβ·v_{t−1}'
      : 'w_{t−1}';
  return spelling === 'pytorch'
    ? {
        tex: `v_t = \\beta\\, v_{t-1} + g(${at}),\\quad w_t = w_{t-1} - \\eta\\, v_t`,
        text: `v_t = β·v_{t−1} + g(${atText}), w_t = w_{t−1} − η·v_t`,
      }
    : {
        tex: `v_t = \\beta\\, v_{t-1} + (1-\\beta)\\, g(${at}),\\quad w_t = w_{t-1} - \\eta'\\, v_t`,
        text: `v_t = β·v_{t−1} + (1−β)·g(${atText}), w_t = w_{t−1} − η′·v_t`,
      };
}

/** The rule a run follows, symbolically, in the spelling chosen (momentum and Nesterov only). */
export function ruleFormula(id: OptimizerId, spelling: Spelling): Formula {
  if ((id === 'momentum' || id === 'nesterov') && spelling !== 'notes')
    return spelledRule(id, spelling);
  return { tex: optimizerById(id).tex, text: RULE_TEXT[id] };
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
