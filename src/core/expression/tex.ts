import type { Expr, FunctionName } from './grammar';

/**
 * TeX of a checked expression, written here rather than by mathjs's toTex so that every piece
 * of it is known: numbers printed by JavaScript, the names w x y pi e, and fixed macros. Nothing
 * the user typed is copied in verbatim, so it is safe to hand to katex.render.
 */

const MACRO: Readonly<Record<FunctionName, string>> = {
  sin: '\\sin',
  cos: '\\cos',
  tan: '\\tan',
  exp: '\\exp',
  log: '\\ln',
  sqrt: '\\sqrt',
  abs: '',
  tanh: '\\tanh',
  sinh: '\\sinh',
  cosh: '\\cosh',
  atan: '\\arctan',
};

function number(v: number): string {
  const s = String(v);
  const m = /^(-?[\d.]+)e([+-]?)(\d+)$/.exec(s);
  if (!m) return s;
  const exponent = `${m[2] === '-' ? '-' : ''}${m[3] ?? ''}`;
  return m[1] === '1' ? `10^{${exponent}}` : `${m[1] ?? ''} \\cdot 10^{${exponent}}`;
}

/** Drops one pair of user parentheses where the TeX layout already groups (\frac, exponents). */
function bare(e: Expr): Expr {
  return e.kind === 'paren' ? e.arg : e;
}

/** Does the TeX of `e` start with a letter or a bracket, so that `2` before it may juxtapose? */
function startsLikeAFactor(e: Expr): boolean {
  switch (e.kind) {
    case 'variable':
    case 'constant':
    case 'paren':
    case 'call':
      return true;
    case 'pow':
      return startsLikeAFactor(e.left);
    default:
      return false;
  }
}

export function toTex(e: Expr): string {
  switch (e.kind) {
    case 'number':
      return number(e.value);
    case 'constant':
      return e.name === 'pi' ? '\\pi' : 'e';
    case 'variable':
      return e.name;
    case 'paren':
      return `\\left(${toTex(e.arg)}\\right)`;
    case 'neg':
      return `-${toTex(e.arg)}`;
    case 'plus':
      return `+${toTex(e.arg)}`;
    case 'add':
      return `${toTex(e.left)} + ${toTex(e.right)}`;
    case 'sub':
      return `${toTex(e.left)} - ${toTex(e.right)}`;
    case 'mul':
      return e.left.kind === 'number' && startsLikeAFactor(e.right)
        ? `${toTex(e.left)}${toTex(e.right)}`
        : `${toTex(e.left)} \\cdot ${toTex(e.right)}`;
    case 'div':
      return `\\frac{${toTex(bare(e.left))}}{${toTex(bare(e.right))}}`;
    case 'pow':
      return `{${toTex(e.left)}}^{${toTex(bare(e.right))}}`;
    case 'call': {
      const inner = toTex(bare(e.arg));
      if (e.fn === 'abs') return `\\left|${inner}\\right|`;
      if (e.fn === 'sqrt') return `\\sqrt{${inner}}`;
      return `${MACRO[e.fn]}\\left(${inner}\\right)`;
    }
  }
}
