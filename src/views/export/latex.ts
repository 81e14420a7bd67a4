import { ADAM_BETA1, ADAM_BETA2 } from '../../core/optimizers/adam';
import { RMSPROP_RHO } from '../../core/optimizers/rmsprop';
import { stateIndex } from '../../core/optimizers/types';
import { rowOf, shownRow, type Trajectory } from '../../core/trajectory';
import type { OptimizerId } from '../../core/optimizers/registry';
import { RUN_STYLE } from '../runStyle';
import { texNumber } from '../texNumber';

/** Significant digits of every number written: the readout's and the equation panel's. */
export const LATEX_DIGITS = 5;

/** What the LaTeX of one step is built from. */
export interface LatexInput {
  /** The runs shown, in legend order. */
  readonly runs: readonly { readonly id: OptimizerId; readonly run: Trajectory }[];
  /** The step on screen. */
  readonly step: number;
  /** The loss as TeX, e.g. "L(x, y) = 0.5x^2 + 25y^2". */
  readonly lossTex: string;
  /** The loss's name, for the comment line ("Ravine", "Custom"). */
  readonly lossName: string;
}

const num = (x: number) => texNumber(x, LATEX_DIGITS);

/** A vector as TeX: a plain number in 1D, a pmatrix column in 2D. */
export function texVec(v: readonly number[]): string {
  if (v.length === 1) return num(v[0] ?? NaN);
  return `\\begin{pmatrix} ${v.map(num).join(' \\\\ ')} \\end{pmatrix}`;
}

/** A vector as a factor or a base: a negative 1D number goes in parentheses. */
function factor(v: readonly number[]): string {
  const s = texVec(v);
  return v.length === 1 && s.startsWith('-') ? `(${s})` : s;
}

/** The rule's state slot `slot` of row `t`, one number per coordinate. */
function stateRow(run: Trajectory, t: number, slot: number): number[] {
  return Array.from(
    { length: run.dim },
    (_, i) => run.state[stateIndex(t, slot, i, run.stateSize, run.dim)] ?? NaN,
  );
}

const scale = (v: readonly number[], k: number) => v.map((x) => x * k);

/** One aligned row "lhs &= rhs". */
type Row = readonly [lhs: string, rhs: string];

/** The gradient step t used: where it was taken, and its numbers (noise included). */
function gradientRow(run: Trajectory, t: number, noisy: boolean): Row {
  const p = t - 1;
  const at = run.optimizer === 'nesterov' ? `w_{${p}} - \\beta\\, m_{${p}}` : `w_{${p}}`;
  const noise = noisy ? ` + \\sigma\\, \\xi_{${t}}` : '';
  return [`g_{${p}}`, `\\nabla L(${at})${noise} = ${texVec(rowOf(run, 'used', t))}`];
}

/** The rows of one run's update at row t ≥ 1, rule by rule (DESIGN §6). */
function updateRows(run: Trajectory, t: number): Row[] {
  const p = t - 1;
  const { eta, beta } = run.settings;
  const g = rowOf(run, 'used', t);
  const m = rowOf(run, 'm', t);
  const rows: Row[] = [gradientRow(run, t, Boolean(run.settings.noise))];
  const adaptiveStep = (s: string): Row => [
    `m_{${t}}`,
    `\\frac{\\eta\\, g_{${p}}}{\\sqrt{${s}} + \\epsilon} = ${texVec(m)}`,
  ];
  switch (run.optimizer) {
    case 'sgd':
      rows.push([`m_{${t}}`, `\\eta\\, g_{${p}} = ${num(eta)} \\cdot ${factor(g)} = ${texVec(m)}`]);
      break;
    case 'momentum':
    case 'nesterov':
      rows.push([
        `m_{${t}}`,
        `\\beta\\, m_{${p}} + \\eta\\, g_{${p}} = ${num(beta)} \\cdot ${factor(rowOf(run, 'm', p))} + ${num(eta)} \\cdot ${factor(g)} = ${texVec(m)}`,
      ]);
      break;
    case 'rmsprop':
    case 'adagrad': {
      const decay = run.optimizer === 'rmsprop' ? RMSPROP_RHO : 1;
      const keep = decay === 1 ? '' : `${num(decay)}\\, `;
      const keepN = decay === 1 ? '' : `${num(decay)} \\cdot `;
      const add = decay === 1 ? '' : `${num(1 - decay)}\\, `;
      const addN = decay === 1 ? '' : `${num(1 - decay)} \\cdot `;
      rows.push([
        `s_{${t}}`,
        `${keep}s_{${p}} + ${add}g_{${p}}^{2} = ${keepN}${factor(stateRow(run, p, 0))} + ${addN}${factor(g)}^{2} = ${texVec(stateRow(run, t, 0))}`,
      ]);
      rows.push(adaptiveStep(`s_{${t}}`));
      break;
    }
    case 'adam': {
      const a = stateRow(run, t, 0);
      const s = stateRow(run, t, 1);
      rows.push([
        `a_{${t}}`,
        `${num(ADAM_BETA1)}\\, a_{${p}} + ${num(1 - ADAM_BETA1)}\\, g_{${p}} = ${num(ADAM_BETA1)} \\cdot ${factor(stateRow(run, p, 0))} + ${num(1 - ADAM_BETA1)} \\cdot ${factor(g)} = ${texVec(a)}`,
      ]);
      rows.push([
        `s_{${t}}`,
        `${num(ADAM_BETA2)}\\, s_{${p}} + ${num(1 - ADAM_BETA2)}\\, g_{${p}}^{2} = ${num(ADAM_BETA2)} \\cdot ${factor(stateRow(run, p, 1))} + ${num(1 - ADAM_BETA2)} \\cdot ${factor(g)}^{2} = ${texVec(s)}`,
      ]);
      rows.push([
        `\\hat a_{${t}}`,
        `\\frac{a_{${t}}}{1 - ${num(ADAM_BETA1)}^{${t}}} = ${texVec(scale(a, 1 / (1 - ADAM_BETA1 ** t)))}`,
      ]);
      rows.push([
        `\\hat s_{${t}}`,
        `\\frac{s_{${t}}}{1 - ${num(ADAM_BETA2)}^{${t}}} = ${texVec(scale(s, 1 / (1 - ADAM_BETA2 ** t)))}`,
      ]);
      rows.push([
        `m_{${t}}`,
        `\\frac{\\eta\\, \\hat a_{${t}}}{\\sqrt{\\hat s_{${t}}} + \\epsilon} = ${texVec(m)}`,
      ]);
      break;
    }
  }
  rows.push([
    `w_{${t}}`,
    `w_{${p}} - m_{${t}} = ${texVec(rowOf(run, 'w', p))} - ${factor(m)} = ${texVec(rowOf(run, 'w', t))}`,
  ]);
  return rows;
}

/** The title row of a run: its name and hyperparameters, plus a word if it blew up. */
function titleRow(id: OptimizerId, run: Trajectory, step: number): string {
  const beta =
    id === 'momentum' || id === 'nesterov' ? `,\\ \\beta = ${num(run.settings.beta)}` : '';
  const diverged =
    run.divergedAt !== null && step >= run.divergedAt
      ? `\\ \\text{(diverged at step ${run.divergedAt}; step ${shownRow(run, step)} shown)}`
      : '';
  return `&\\text{${RUN_STYLE[id].label}}\\quad (\\eta = ${num(run.settings.eta)}${beta})${diverged}`;
}

/** The loss as an aligned row: "L(x, y) &= …" when it reads "lhs = rhs". */
function lossRow(tex: string): string {
  const at = tex.indexOf(' = ');
  return at < 0 ? `&${tex}` : `${tex.slice(0, at)} &= ${tex.slice(at + 3)}`;
}

/**
 * The update equations of the step on screen for every run, with this step's numbers (rounded
 * to 5 significant digits as on screen, never in "e" notation), as one amsmath `align*`
 * environment: a loss row, then per run a title row, the gradient it used, its state updates and
 * w_t = w_{t−1} − m_t. At step 0 each run shows w₀ and m₀ = 0. Vectors are pmatrix columns.
 */
export function stepLatex(input: LatexInput): string {
  const { runs, step, lossTex, lossName } = input;
  const lines: string[] = [
    `% Heavy Ball: ${lossName}, step ${step}. Needs \\usepackage{amsmath}.`,
    `% Numbers rounded to ${LATEX_DIGITS} significant digits as on screen; squares, roots and`,
    '% quotients act coordinatewise; \\epsilon = 10^{-8}.',
    '\\begin{align*}',
  ];
  const body: string[] = [lossRow(lossTex)];
  for (const { id, run } of runs) {
    if (run.length === 0) continue;
    const t = shownRow(run, step);
    body.push(titleRow(id, run, step));
    const rows: Row[] =
      t === 0
        ? [
            ['w_{0}', texVec(rowOf(run, 'w', 0))],
            ['m_{0}', '0'],
          ]
        : updateRows(run, t);
    for (const [lhs, rhs] of rows) body.push(`${lhs} &= ${rhs}`);
  }
  lines.push(body.join(' \\\\\n'));
  lines.push('\\end{align*}');
  return lines.join('\n') + '\n';
}
