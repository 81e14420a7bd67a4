import { rowOf, shownRow, type Trajectory } from '../../core/trajectory';
import { adaptiveAnatomy, stateRow } from './adaptive';
import {
  both,
  chain,
  DOT,
  factor,
  gradDefinition,
  join,
  num,
  positionLine,
  sub,
  vec,
  type Formula,
} from './equations';
import type { EqLine, RunEquations } from './ruleTypes';

/** a ⊙ b in 2D (coordinatewise), a · b in 1D. */
const times = (dim: number) => (dim > 1 ? both(' \\odot ', ' ⊙ ') : DOT);

/** A vector squared coordinatewise, as a factor: (−2.3)², or a column with ² after it. */
const squared = (v: readonly number[]): Formula => join(factor(v), both('^{2}', '²'));

/** s_t's line: RMSProp's and Adam's running means, AdaGrad's running sum of g². */
function sLine(run: Trajectory, t: number, slot: number, decay: number | null): EqLine {
  const p = t - 1;
  const g = rowOf(run, 'used', t);
  const sPrev = stateRow(run, p, slot);
  const s = stateRow(run, t, slot);
  const gp = both(`g${sub(p)}^{2}`, `g${p}²`);
  const rule =
    decay === null
      ? join(both(`s${sub(p)} + `, `s${p} + `), gp)
      : join(
          num(decay),
          both(`\\, s${sub(p)} + `, `·s${p} + `),
          num(1 - decay),
          both('\\, ', '·'),
          gp,
        );
  const numbers =
    decay === null
      ? join(factor(sPrev), ' + ', squared(g))
      : join(num(decay), DOT, factor(sPrev), ' + ', num(1 - decay), DOT, squared(g));
  return {
    key: 's',
    formula: chain(true, both(`s${sub(t)}`, `s${t}`), rule, numbers, vec(s), run.dim > 1),
  };
}

/**
 * RMSProp's, AdaGrad's or Adam's update at the step on screen with its numbers: the state, (Adam)
 * the bias-corrected means, the per-coordinate scale η/(√ŝ + ε) times what it multiplies, and w_t.
 * Squares, roots and divisions act on each coordinate.
 */
export function adaptiveEquations(run: Trajectory, step: number): RunEquations {
  const id = run.optimizer;
  const t = shownRow(run, step);
  const a = adaptiveAnatomy(run, t);
  if (t === 0 || !a) {
    const zero =
      id === 'adam' ? both('a_{0} = s_{0} = 0', 'a₀ = s₀ = 0') : both('s_{0} = 0', 's₀ = 0');
    return {
      t,
      lines: [
        { key: 's0', formula: zero },
        { key: 'w0', formula: join(both('w_{0} = ', 'w₀ = '), vec(rowOf(run, 'w', 0))) },
      ],
      unrolled: null,
      notes: ['No step has been taken yet: step on to see the first update.'],
    };
  }
  const p = t - 1;
  const wide = run.dim > 1;
  const g = rowOf(run, 'used', t);
  const m = rowOf(run, 'm', t);
  const scale = a.coords.map((c) => c.scale);
  const lines: EqLine[] = [];
  const point = both(`w${sub(p)}`, `w${p}`);
  const gDef = {
    key: 'g',
    formula: join(both(`g${sub(p)} = `, `g${p} = `), gradDefinition(run, p, point), ' = ', vec(g)),
  };
  lines.push(gDef);
  if (id === 'adam') {
    const [c1, c2] = a.corrections ?? [NaN, NaN];
    const aNow = stateRow(run, t, 0);
    lines.push({
      key: 'a',
      formula: chain(
        true,
        both(`a${sub(t)}`, `a${t}`),
        both(`0.9\\, a${sub(p)} + 0.1\\, g${sub(p)}`, `0.9·a${p} + 0.1·g${p}`),
        join(num(0.9), DOT, factor(stateRow(run, p, 0)), ' + ', num(0.1), DOT, factor(g)),
        vec(aNow),
        wide,
      ),
    });
    lines.push(sLine(run, t, 1, 0.999));
    lines.push({
      key: 'ahat',
      testId: 'eq-adam-ahat',
      formula: chain(
        wide,
        both(`\\hat a${sub(t)}`, `â${t}`),
        both(`\\frac{a${sub(t)}}{1-0.9^{${t}}}`, `a${t}/(1 − 0.9^${t})`),
        join(num(c1), DOT, factor(aNow)),
        vec(a.coords.map((c) => c.aHat ?? NaN)),
      ),
    });
    lines.push({
      key: 'shat',
      formula: chain(
        wide,
        both(`\\hat s${sub(t)}`, `ŝ${t}`),
        both(`\\frac{s${sub(t)}}{1-0.999^{${t}}}`, `s${t}/(1 − 0.999^${t})`),
        join(num(c2), DOT, factor(stateRow(run, t, 1))),
        vec(a.coords.map((c) => c.sHat)),
      ),
    });
  } else {
    lines.push(sLine(run, t, 0, id === 'rmsprop' ? 0.9 : null));
  }
  const hat = id === 'adam';
  const dir = hat ? both(`\\hat a${sub(t)}`, `â${t}`) : both(`g${sub(p)}`, `g${p}`);
  const sName = hat ? `\\hat s${sub(t)}` : `s${sub(t)}`;
  const sText = hat ? `ŝ${t}` : `s${t}`;
  lines.push({
    key: 'm',
    testId: `eq-${id}-m`,
    formula: chain(
      true,
      both(`m${sub(t)}`, `m${t}`),
      join(
        both(`\\frac{\\eta}{\\sqrt{${sName}} + \\epsilon}`, `η/(√${sText} + ε)`),
        times(run.dim),
        dir,
      ),
      join(factor(scale), times(run.dim), factor(a.coords.map((c) => c.direction))),
      vec(m),
      wide,
    ),
  });
  lines.push({ key: 'w', formula: positionLine(run, t) });
  return {
    t,
    lines,
    unrolled: null,
    notes: ['ε = 10⁻⁸. Squares, roots and divisions act on each coordinate; mₜ is the step taken.'],
  };
}
