import { decompose } from '../../core/decomposition';
import { rowOf, shownRow, type Trajectory } from '../../core/trajectory';
import { formatNumber, formatVector } from '../format';

/** A formula as TeX for KaTeX and as plain text for the fallback and for reading. */
export interface Formula {
  readonly tex: string;
  readonly text: string;
}

/** A number in TeX: 5 significant digits, ASCII minus, exponents as ×10^n. */
export function texNumber(x: number): string {
  const s = formatNumber(x, 5).replace('−', '-');
  if (s === '∞' || s === '-∞') return s === '∞' ? '\\infty' : '-\\infty';
  const m = /^(-?[\d.]+)e([+-]?\d+)$/.exec(s);
  if (!m) return s;
  const exp = Number(m[2]);
  return `${m[1]}\\times10^{${exp}}`;
}

/** A vector in TeX: a plain number in 1D, a column in 2D. */
export function texVector(v: readonly number[]): string {
  if (v.length === 1) return texNumber(v[0] ?? NaN);
  return `\\begin{pmatrix}${v.map(texNumber).join('\\\\')}\\end{pmatrix}`;
}

/** A vector as a factor after "·": negatives in 1D get parentheses. */
function texFactor(v: readonly number[]): string {
  const s = texVector(v);
  return v.length === 1 && s.startsWith('-') ? `(${s})` : s;
}

function textFactor(v: readonly number[]): string {
  const s = formatVector(v);
  return v.length === 1 && s.startsWith('−') ? `(${s})` : s;
}

/** How many of the unrolled sum's terms are written out with their numbers. */
export const WRITTEN_TERMS = 3;

/** The equations for one run at the step on screen, with numbers substituted. */
export interface StepEquations {
  /** The row shown (a diverged run stops at its last finite step). */
  readonly t: number;
  /** m_t = β·m_{t−1} + η·∇L(w_{t−1}) = numbers = m_t (SGD: m_t = η·∇L(w_{t−1})). */
  readonly velocity: Formula;
  /** w_t = w_{t−1} − m_t = numbers. */
  readonly position: Formula;
  /** m_t unrolled: η·Σ β^k·g_{t−1−k} with the first terms' values (momentum only). */
  readonly unrolled: Formula | null;
}

/** Builds the step's equations for a run; `momentum` selects the β form and the unrolled sum. */
export function stepEquations(run: Trajectory, step: number, momentum: boolean): StepEquations {
  const t = shownRow(run, step);
  const { eta, beta } = run.settings;
  const w = rowOf(run, 'w', t);
  if (t === 0) {
    return {
      t,
      velocity: { tex: 'm_{0} = 0', text: 'm₀ = 0' },
      position: {
        tex: `w_{0} = ${texVector(w)}`,
        text: `w₀ = ${formatVector(w)} (the start; step to see an update)`,
      },
      unrolled: null,
    };
  }
  const p = t - 1;
  const mPrev = rowOf(run, 'm', p);
  const g = rowOf(run, 'grad', p);
  const m = rowOf(run, 'm', t);
  const wPrev = rowOf(run, 'w', p);
  const sub = (n: number) => `_{${n}}`;
  // In 2D each number is a column vector: break lines sooner so a phone-wide panel fits them.
  const wide = run.dim > 1;
  const br = wide ? ' \\\\ &' : '';
  const velocity: Formula = momentum
    ? {
        // Two aligned lines (rule, then numbers) so 2D vectors fit a narrow panel.
        tex: `\\begin{aligned} m${sub(t)} &= \\beta\\, m${sub(p)} + \\eta\\, \\nabla L(w${sub(p)}) \\\\ &= ${texNumber(beta)} \\cdot ${texFactor(mPrev)} + ${texNumber(eta)} \\cdot ${texFactor(g)}${br} = ${texVector(m)} \\end{aligned}`,
        text: `m${t} = β·m${p} + η·∇L(w${p}) = ${formatNumber(beta)}·${textFactor(mPrev)} + ${formatNumber(eta)}·${textFactor(g)} = ${formatVector(m)}`,
      }
    : {
        tex: wide
          ? `\\begin{aligned} m${sub(t)} &= \\eta\\, \\nabla L(w${sub(p)}) \\\\ &= ${texNumber(eta)} \\cdot ${texFactor(g)} = ${texVector(m)} \\end{aligned}`
          : `m${sub(t)} = \\eta\\, \\nabla L(w${sub(p)}) = ${texNumber(eta)} \\cdot ${texFactor(g)} = ${texVector(m)}`,
        text: `m${t} = η·∇L(w${p}) = ${formatNumber(eta)}·${textFactor(g)} = ${formatVector(m)}`,
      };
  const position: Formula = {
    tex: wide
      ? `\\begin{aligned} w${sub(t)} &= w${sub(p)} - m${sub(t)} \\\\ &= ${texVector(wPrev)} - ${texFactor(m)} = ${texVector(w)} \\end{aligned}`
      : `w${sub(t)} = w${sub(p)} - m${sub(t)} = ${texVector(wPrev)} - ${texFactor(m)} = ${texVector(w)}`,
    text: `w${t} = w${p} − m${t} = ${formatVector(wPrev)} − ${textFactor(m)} = ${formatVector(w)}`,
  };
  if (!momentum) return { t, velocity, position, unrolled: null };

  const dec = decompose(run, t, WRITTEN_TERMS);
  const symTex = dec.terms.map(({ k, gradStep }) => {
    const b = k === 0 ? '' : k === 1 ? '\\beta\\,' : `\\beta^{${k}}`;
    return `\\eta${b}\\, g${sub(gradStep)}`;
  });
  const symText = dec.terms.map(({ k, gradStep }) => {
    const b = k === 0 ? '' : k === 1 ? 'β·' : `β^${k}·`;
    return `η·${b}g${gradStep}`;
  });
  const more = dec.restCount > 0;
  // The older terms' aggregate goes on a line of its own: with its brace label it is the widest.
  const restTex = more
    ? ` \\\\ &\\quad + \\underbrace{${texVector(dec.rest)}}_{\\text{${dec.restCount} older}}`
    : '';
  const restText = more ? ` + ${formatVector(dec.rest)} (${dec.restCount} older terms)` : '';
  const gIndex = t - 1 === 0 ? '-k' : `${t - 1}-k`;
  // Four aligned lines (definition, symbolic terms, their values, the sum) so it fits a narrow panel.
  const unrolled: Formula = {
    tex:
      `\\begin{aligned} m${sub(t)} &= \\eta \\sum_{k=0}^{${t - 1}} \\beta^{k} g_{${gIndex}} \\\\ ` +
      `&= ${symTex.join(' + ')}${more ? ' + \\cdots' : ''} \\\\ ` +
      `&= ${dec.terms
        .map(
          (x, i) => (wide && i === 2 ? `\\\\ &\\quad + ` : i > 0 ? ' + ' : '') + texFactor(x.value),
        )
        .join('')}${restTex} \\\\ ` +
      `&= ${texVector(dec.sum)} \\end{aligned}`,
    text:
      `m${t} = η·Σ β^k·g(${t - 1}−k) = ${symText.join(' + ')}${more ? ' + …' : ''} = ` +
      `${dec.terms.map((x) => textFactor(x.value)).join(' + ')}${restText} = ${formatVector(dec.sum)}`,
  };
  return { t, velocity, position, unrolled };
}
