import type { Vec } from '../vector';
import { DIVERGENCE_LIMIT } from '../trajectory';
import { compileGradient, compileValue } from './compile';
import { MAX_LOSS_LENGTH, type Expr } from './grammar';
import { parseTree } from './parse';
import { normaliseCharacters, scan, where } from './scan';
import { toTex } from './tex';

export { MAX_LOSS_LENGTH, FUNCTION_NAMES } from './grammar';
export { EXAMPLE_LOSSES, type ExampleLoss } from './examples';

/**
 * A custom loss (DESIGN §7), assignable to the trajectory's `Objective`. Safe to hand around:
 * it holds closures only, built by walking the checked tree (no eval, no new Function).
 * `loss` and `grad` may be called from one thread at a time (the gradient reuses one buffer).
 */
export interface CompiledLoss {
  /** 1 when the expression uses w, 2 when it uses x and/or y. */
  readonly dim: 1 | 2;
  /**
   * The expression as typed, tidied: trimmed, runs of whitespace made one space, '−' made '-'
   * and '×' '·' made '*'. Compiling it again gives the same loss and the same text (for the URL).
   */
  readonly text: string;
  /** TeX of the expression alone (no "L(x, y) =") for katex.render; built from the checked tree. */
  readonly tex: string;
  /** L(w). */
  readonly loss: (w: Vec) => number;
  /** The exact ∇L(w), by forward-mode automatic differentiation; writes into `out` and returns it. */
  readonly grad: (w: Vec, out: number[]) => number[];
}

/**
 * The outcome of reading a loss. On failure, `error` says what is wrong and where ("… at
 * character N", counting from 1) and `at` is the same place as a 0-based index into the text as
 * given (text.length when something is missing at the end), for placing a caret; `at` is left
 * out when the problem has no single place (e.g. no variable at all).
 */
export type LossParse =
  | { readonly ok: true; readonly loss: CompiledLoss }
  | { readonly ok: false; readonly error: string; readonly at?: number };

function variables(e: Expr, seen: Set<string>): Set<string> {
  switch (e.kind) {
    case 'variable':
      seen.add(e.name);
      break;
    case 'paren':
    case 'neg':
    case 'plus':
    case 'call':
      variables(e.arg, seen);
      break;
    case 'add':
    case 'sub':
    case 'mul':
    case 'div':
    case 'pow':
      variables(e.left, seen);
      variables(e.right, seen);
      break;
    default:
      break;
  }
  return seen;
}

/**
 * Reads, checks and compiles a loss expression. Never throws for any string.
 *
 * Grammar (DESIGN §7): decimal numbers, pi, e, the variables w — or x and y —, + - * / ^, unary
 * minus and plus, parentheses, and sin cos tan exp log sqrt abs tanh sinh cosh atan (one
 * argument each; log is ln). Multiplication needs '*' (2*x, not 2x). At most 300 characters.
 */
export function compileLoss(text: string): LossParse {
  if (typeof text !== 'string') return { ok: false, error: 'type a loss, e.g. x^2 + 10*y^2' };
  if (text.length > MAX_LOSS_LENGTH) {
    return {
      ok: false,
      error: `the loss is too long: ${text.length} characters, at most ${MAX_LOSS_LENGTH}`,
      at: MAX_LOSS_LENGTH,
    };
  }
  const s = normaliseCharacters(text);
  if (s.trim() === '') return { ok: false, error: 'type a loss, e.g. x^2 + 10*y^2' };
  const scanned = scan(s);
  if (!scanned.ok) return { ok: false, error: scanned.error, at: scanned.at };
  const tree = parseTree(s);
  if (!tree.ok) return tree;
  const expr = tree.expr;

  const used = variables(expr, new Set());
  if (used.has('w') && (used.has('x') || used.has('y'))) {
    // Point at the first name that clashes with one before it.
    const names = scanned.tokens.filter((t) => t.kind === 'name' && !t.call);
    const firstW = names.find((t) => t.text === 'w');
    const firstXY = names.find((t) => t.text === 'x' || t.text === 'y');
    const clash = firstW && firstXY ? (firstW.at > firstXY.at ? firstW : firstXY) : undefined;
    return clash
      ? {
          ok: false,
          error: `'${clash.text}'${where(clash.at)}: only w, or x and y, may appear`,
          at: clash.at,
        }
      : { ok: false, error: 'only w, or x and y, may appear' };
  }
  if (used.size === 0) return { ok: false, error: 'the loss must use w, or x and y' };
  const dim: 1 | 2 = used.has('w') ? 1 : 2;

  const value = compileValue(expr);
  const gradient = compileGradient(expr);
  const loss: CompiledLoss = {
    dim,
    text: s.trim().replace(/ +/g, ' '),
    tex: toTex(expr),
    loss: (w) => value(w[0] ?? 0, w[1] ?? 0),
    grad: (w, out) => {
      gradient(w[0] ?? 0, w[1] ?? 0, out, dim);
      return out;
    },
  };
  return { ok: true, loss };
}

/**
 * Why a run could not start from w₀ on this loss, or null if it can: L(w₀) must be finite and at
 * most 1e12 in size (DESIGN §1's divergence limit) and ∇L(w₀) finite.
 */
export function checkFiniteAt(loss: CompiledLoss, w0: Vec): string | null {
  if (w0.length !== loss.dim || !w0.every(Number.isFinite)) {
    return loss.dim === 1 ? 'w₀ must be one finite number' : 'w₀ must be two finite numbers';
  }
  const l = loss.loss(w0);
  if (!Number.isFinite(l)) return 'L is not finite at w₀';
  if (Math.abs(l) > DIVERGENCE_LIMIT) return 'L is too large at w₀ (|L| > 1e12)';
  const g = loss.grad(w0, new Array<number>(loss.dim).fill(0));
  if (!g.every(Number.isFinite)) return '∇L is not finite at w₀';
  return null;
}
