import { decompose } from '../../core/decomposition';
import { rowOf, shownRow, type Trajectory } from '../../core/trajectory';
import { formatNumber, formatVector } from '../format';
import { texNumber as texNum } from '../texNumber';

/** A formula as TeX for KaTeX and as plain text for the fallback and for reading. */
export interface Formula {
  readonly tex: string;
  readonly text: string;
}

/** A number in TeX at 5 significant digits (the readout's), via the app's one formatter. */
export function texNumber(x: number): string {
  return texNum(x, 5);
}

/** A vector in TeX: a plain number in 1D, a column in 2D. */
export function texVector(v: readonly number[]): string {
  if (v.length === 1) return texNumber(v[0] ?? NaN);
  return `\\begin{pmatrix}${v.map(texNumber).join('\\\\')}\\end{pmatrix}`;
}

/** A vector as a factor after "·": negatives in 1D get parentheses. */
export function texFactor(v: readonly number[]): string {
  const s = texVector(v);
  return v.length === 1 && s.startsWith('-') ? `(${s})` : s;
}

/** The plain-text twin of texFactor. */
export function textFactor(v: readonly number[]): string {
  const s = formatVector(v);
  return v.length === 1 && s.startsWith('−') ? `(${s})` : s;
}

/** A vector as a Formula piece (TeX and text). */
export function vec(v: readonly number[]): Formula {
  return { tex: texVector(v), text: formatVector(v) };
}

/** A vector as a factor (negatives in 1D in parentheses), as a Formula piece. */
export function factor(v: readonly number[]): Formula {
  return { tex: texFactor(v), text: textFactor(v) };
}

/** A scalar as a Formula piece. */
export function num(x: number): Formula {
  return { tex: texNumber(x), text: formatNumber(x) };
}

/** Pieces joined without separators: each piece's TeX, and each piece's text. */
export function join(...parts: readonly (Formula | string)[]): Formula {
  const tex = parts.map((p) => (typeof p === 'string' ? p : p.tex)).join('');
  const text = parts.map((p) => (typeof p === 'string' ? p : p.text)).join('');
  return { tex, text };
}

/** The same words in TeX and text (e.g. an operator: { tex: ' \\cdot ', text: '·' }). */
export function both(tex: string, text: string): Formula {
  return { tex, text };
}

/** A plain text's typeset width in characters, roughly: "× 10⁻⁵" sets as a wide ×10^{−5}. */
const width = (text: string) => text.length + 6 * (text.split('×').length - 1);

/** Characters of a scalar chain's text past which it breaks after the rule. */
const LONG_LINE = 40;
/** Characters of "numbers = result" past which the result goes on a line of its own. */
const LONG_TAIL = 34;

/**
 * An equation chain "lhs = rule = numbers = result". With `wide` (2D, or a long rule) it breaks
 * into aligned lines after the rule, so column vectors fit a phone-wide panel.
 */
export function chain(
  wide: boolean,
  lhs: Formula,
  rule: Formula,
  numbers: Formula,
  result: Formula,
  /** Also break before the result (2D lines with three vectors). */
  breakResult = false,
): Formula {
  const text = `${lhs.text} = ${rule.text} = ${numbers.text} = ${result.text}`;
  // Plain numbers (no column vectors) in exponent form or many of them: a phone-wide panel
  // needs the break too. Text length stands in for width (a column vector's text is longer
  // than it typesets, so this is for scalars only).
  const scalar = !numbers.tex.includes('pmatrix');
  const long = scalar && width(text) > LONG_LINE;
  const longTail = scalar && width(numbers.text) + width(result.text) > LONG_TAIL;
  const last = breakResult || longTail ? ` \\\\ &= ${result.tex}` : ` = ${result.tex}`;
  const tex =
    wide || long
      ? `\\begin{aligned} ${lhs.tex} &= ${rule.tex} \\\\ &= ${numbers.tex}${last} \\end{aligned}`
      : `${lhs.tex} = ${rule.tex} = ${numbers.tex} = ${result.tex}`;
  return { tex, text };
}

/** A subscript index in TeX. */
export const sub = (n: number | string) => `_{${n}}`;

/** ∇L(point). */
const exactGrad = (point: Formula): Formula => join(both('\\nabla L(', '∇L('), point, ')');

/**
 * How the gradient of step t is written: ∇L(point) when it is the exact gradient, g_{t−1} when
 * noise was added to it (DESIGN §8), so the formula never claims a noisy number is ∇L.
 */
export function gradName(run: Trajectory, p: number, point: Formula): Formula {
  return run.settings.noise ? both(`g${sub(p)}`, `g${p}`) : exactGrad(point);
}

/**
 * What the gradient of step t = p + 1 is, for a line that defines it: ∇L(point), plus that step's
 * draw σ·ξ_t when noise was added (DESIGN §8).
 */
export function gradDefinition(run: Trajectory, p: number, point: Formula): Formula {
  return run.settings.noise
    ? join(exactGrad(point), both(` + \\sigma\\, \\xi${sub(p + 1)}`, ` + σ·ξ${p + 1}`))
    : exactGrad(point);
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

/** The minus sign of a formula: ASCII in TeX (typeset as a minus), "−" in text. */
export const MINUS = both(' - ', ' − ');
/** The product dot. */
export const DOT = both(' \\cdot ', '·');

/** w_t = w_{t−1} − m_t with the step's numbers (m_t: the step taken, for every rule). */
export function positionLine(run: Trajectory, t: number): Formula {
  const p = t - 1;
  return chain(
    run.dim > 1,
    both(`w${sub(t)}`, `w${t}`),
    both(`w${sub(p)} - m${sub(t)}`, `w${p} − m${t}`),
    join(vec(rowOf(run, 'w', p)), MINUS, factor(rowOf(run, 'm', t))),
    vec(rowOf(run, 'w', t)),
    // Three column vectors do not fit one phone-wide line.
    run.dim > 1,
  );
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
  const g = rowOf(run, 'used', t);
  const m = rowOf(run, 'm', t);
  const wide = run.dim > 1;
  const grad = gradName(run, p, both(`w${sub(p)}`, `w${p}`));
  const velocity = momentum
    ? // β·m + η·g is long even in 1D: always break after the rule.
      chain(
        true,
        both(`m${sub(t)}`, `m${t}`),
        join(both(`\\beta\\, m${sub(p)} + \\eta\\, `, `β·m${p} + η·`), grad),
        join(num(beta), DOT, factor(mPrev), ' + ', num(eta), DOT, factor(g)),
        vec(m),
        wide,
      )
    : chain(
        wide,
        both(`m${sub(t)}`, `m${t}`),
        join(both('\\eta\\, ', 'η·'), grad),
        join(num(eta), DOT, factor(g)),
        vec(m),
      );
  const position = positionLine(run, t);
  if (!momentum) return { t, velocity, position, unrolled: null };
  return { t, velocity, position, unrolled: unrolledSum(run, t) };
}

/** m_t unrolled into η·Σβ^k·g_{t−1−k}, its first terms with numbers (momentum and Nesterov). */
export function unrolledSum(run: Trajectory, t: number): Formula {
  const wide = run.dim > 1;
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
  return {
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
}
