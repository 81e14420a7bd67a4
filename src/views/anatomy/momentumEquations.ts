import { lookAhead } from '../../core/optimizers/nesterov';
import { rowOf, shownRow, type Trajectory } from '../../core/trajectory';
import { formatNumber, formatVector } from '../format';
import {
  both,
  chain,
  DOT,
  factor,
  gradName,
  join,
  MINUS,
  num,
  positionLine,
  sub,
  unrolledSum,
  vec,
  type Formula,
} from './equations';
import type { EqLine, RunEquations } from './ruleTypes';
import { spellStep, type Spelling } from './spellings';

/** How each spelling writes the velocity, its gain on g and its learning rate, in TeX and text. */
const WRITING: Record<Spelling, { v: string; gain: Formula; lr: Formula }> = {
  notes: { v: 'm', gain: both('\\eta\\, ', 'η·'), lr: both('', '') },
  pytorch: { v: 'v', gain: both('', ''), lr: both('\\eta\\, ', 'η·') },
  ema: { v: 'v', gain: both('(1-\\beta)\\, ', '(1−β)·'), lr: both("\\eta'\\, ", 'η′·') },
};

const SUBSCRIPT = '₀₁₂₃₄₅₆₇₈₉';
const subText = (n: number) =>
  String(n)
    .split('')
    .map((c) => SUBSCRIPT[Number(c)] ?? c)
    .join('');

/**
 * Momentum's or Nesterov's update at the step on screen, in one of the three spellings, with the
 * step's own numbers: the same g, the same w, the velocity scaled (spellings.ts). Nesterov's lines
 * start with its look-ahead point, where its gradient was taken.
 */
export function momentumEquations(run: Trajectory, step: number, spelling: Spelling): RunEquations {
  const id = run.optimizer;
  const nesterov = id === 'nesterov';
  const t = shownRow(run, step);
  const { v, gain, lr } = WRITING[spelling];
  if (t === 0)
    return {
      t,
      lines: [
        { key: 'v0', formula: both(`${v}_{0} = 0`, `${v}₀ = 0`) },
        { key: 'w0', formula: join(both('w_{0} = ', 'w₀ = '), vec(rowOf(run, 'w', 0))) },
      ],
      unrolled: null,
      notes: ['No step has been taken yet: step on to see the first update.'],
    };
  const { eta, beta } = run.settings;
  const wide = run.dim > 1;
  const p = t - 1;
  const mPrev = rowOf(run, 'm', p);
  const m = rowOf(run, 'm', t);
  const g = rowOf(run, 'used', t);
  const wPrev = rowOf(run, 'w', p);
  const w = rowOf(run, 'w', t);
  const sp = spellStep(spelling, { eta, beta, mPrev, m, g, wPrev });
  const lrNum = spelling === 'notes' ? null : num(sp.lr);
  const lines: EqLine[] = [];
  const notes: string[] = [];

  if (spelling === 'ema')
    lines.push({
      key: 'lr',
      formula: chain(
        false,
        both("\\eta'", 'η′'),
        both('\\frac{\\eta}{1-\\beta}', 'η/(1−β)'),
        join(
          both(
            `\\frac{${num(eta).tex}}{1 - ${num(beta).tex}}`,
            `${num(eta).text}/(1 − ${num(beta).text})`,
          ),
        ),
        num(sp.lr),
      ),
    });
  let point = both(`w${sub(p)}`, `w${p}`);
  if (nesterov) {
    point = both(`\\tilde w${sub(p)}`, `w̃${p}`);
    const scaled = join(lr, both('\\beta\\, ', 'β·'));
    lines.push({
      key: 'look',
      testId: `eq-${id}-look`,
      // Three terms after the rule: break after it even in 1D, and before the result in 2D.
      formula: chain(
        true,
        point,
        join(both(`w${sub(p)} - `, `w${p} − `), scaled, both(`${v}${sub(p)}`, `${v}${p}`)),
        join(vec(wPrev), MINUS, lrNum ? join(lrNum, DOT) : '', num(beta), DOT, factor(sp.vPrev)),
        vec(lookAhead(wPrev, mPrev, beta)),
        wide,
      ),
    });
  }
  const gainNum = spelling === 'notes' ? num(eta) : spelling === 'ema' ? num(1 - beta) : null;
  lines.push({
    key: 'v',
    testId: `eq-${id}-${v}`,
    formula: chain(
      true,
      both(`${v}${sub(t)}`, `${v}${t}`),
      join(both(`\\beta\\, ${v}${sub(p)} + `, `β·${v}${p} + `), gain, gradName(run, p, point)),
      join(num(beta), DOT, factor(sp.vPrev), ' + ', gainNum ? join(gainNum, DOT) : '', factor(g)),
      vec(sp.v),
      wide,
    ),
  });
  lines.push({
    key: 'w',
    formula:
      spelling === 'notes'
        ? positionLine(run, t)
        : chain(
            wide,
            both(`w${sub(t)}`, `w${t}`),
            join(both(`w${sub(p)} - `, `w${p} − `), lr, both(`v${sub(t)}`, `v${t}`)),
            join(vec(wPrev), MINUS, lrNum ?? '', DOT, factor(sp.v)),
            vec(w),
            wide,
          ),
  });
  if (spelling !== 'notes') {
    const over = spelling === 'pytorch' ? both('\\eta', 'η') : both("\\eta'", 'η′');
    lines.push({
      key: 'convert',
      testId: `eq-${id}-convert`,
      formula: chain(
        false,
        both(`v${sub(t)}`, `v${t}`),
        join(both(`m${sub(t)} / `, `m${t}/`), over),
        join(factor(m), both(' / ', '/'), num(sp.lr)),
        vec(sp.v),
      ),
    });
  }
  if (nesterov && spelling === 'notes')
    notes.push(
      'Nesterov takes its gradient at the look-ahead point w̃, where momentum alone would carry w.',
    );
  if (spelling === 'pytorch')
    notes.push(
      nesterov
        ? `torch.optim.SGD(nesterov=True) keeps its weights at the look-ahead point p${subText(t)} = w${subText(t)} − β·m${subText(t)} = ${formatVector(w.map((x, i) => x - beta * (m[i] ?? 0)))} and steps p −= η·(g + β·v): the same v, the same run, shifted.`
        : `torch.optim.SGD(lr=η, momentum=β) keeps v in its momentum buffer: the same run as these notes, with m${subText(t)} = η·v${subText(t)}.`,
    );
  if (spelling === 'ema')
    notes.push(
      `The EMA form averages the gradients (its weights (1−β)·βᵏ add up to at most 1), so v is gradient-sized and η′ = η/(1−β) = ${formatNumber(sp.lr)}, ${formatNumber(1 / (1 - beta))} times η, makes the same run.`,
    );
  return { t, lines, unrolled: spelling === 'notes' ? unrolledSum(run, t) : null, notes };
}
