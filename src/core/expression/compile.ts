import { CONSTANT_VALUES, type Expr, type FunctionName } from './grammar';

/**
 * Compiles a checked {@link Expr} into plain closures over float64 — no eval, no new Function,
 * no mathjs evaluation: each node becomes a small function calling its children's.
 *
 * The value: `(x, y) => number`. The 1D variable w is read from x.
 *
 * The gradient: forward-mode automatic differentiation over the same tree, carrying both tangent
 * components (∂/∂x, ∂/∂y) in one pass. Every node owns two slots of one Float64Array where it
 * writes its tangents; its closure returns its value. Exact (the chain rule, not differences).
 *
 * Conventions:
 * - "Strong zero": in the chain and product rules 0 × anything is 0 (also 0 × ∞ and 0 × NaN),
 *   so a singular factor in one direction does not poison the other (sqrt(x) + y² at x = 0 has
 *   ∂/∂y = 2y, and ∂/∂x = +∞, which the trajectory treats as divergence), and 0·sqrt(x) or
 *   x·sqrt(x) have derivative 0 at x = 0 rather than NaN.
 * - abs′(0) = 0 (a subgradient), likewise sqrt(x² + y²) has gradient (0, 0) at the origin.
 * - sqrt′(0) = +∞ and log′(0) = +∞: non-finite, left for the trajectory to call divergence.
 * - u^c with a constant exponent c (any subtree without variables, evaluated once) uses
 *   c·u^(c−1)·u′ and never a logarithm, so (−2)^3 and its derivative are fine; u^0 has
 *   derivative 0. A variable exponent adds u^v·ln(u)·v′, which is NaN for u < 0 (as u^v is
 *   for non-integer v) — non-finite again — except 0^v, whose v-derivative is 0 where 0^v = 0.
 * - (u/v)′ = (u′ − (u/v)·v′)/v, which is exactly 0 for w/w.
 * - Subtrees without variables are evaluated once, at compile time, by the same closures.
 */

export type ValueFn = (x: number, y: number) => number;

interface Dual {
  /** Computes the node's value and writes its tangents to slots[slot], slots[slot + 1]. */
  readonly f: ValueFn;
  readonly slot: number;
}

/** a × b with 0 × anything = 0 (also 0 × ∞ and 0 × NaN): a "strong zero" product. */
function sc(a: number, b: number): number {
  return a === 0 || b === 0 ? 0 : a * b;
}

/** The value of f(u) and f′(u) (given the value v = f(u)) of each allowed function. */
const FUNCTIONS: Readonly<
  Record<
    FunctionName,
    { readonly f: (u: number) => number; readonly d: (u: number, v: number) => number }
  >
> = {
  sin: { f: Math.sin, d: (u) => Math.cos(u) },
  cos: { f: Math.cos, d: (u) => -Math.sin(u) },
  tan: { f: Math.tan, d: (_u, v) => 1 + v * v },
  exp: { f: Math.exp, d: (_u, v) => v },
  log: { f: Math.log, d: (u) => 1 / u },
  sqrt: { f: Math.sqrt, d: (_u, v) => 0.5 / v },
  abs: { f: Math.abs, d: (u) => (u > 0 ? 1 : u < 0 ? -1 : 0) },
  tanh: { f: Math.tanh, d: (_u, v) => 1 - v * v },
  sinh: { f: Math.sinh, d: (u) => Math.cosh(u) },
  cosh: { f: Math.cosh, d: (u) => Math.sinh(u) },
  atan: { f: Math.atan, d: (u) => 1 / (1 + u * u) },
};

function constant(c: number): ValueFn {
  return () => c;
}

/** The value closure of `e`. */
export function compileValue(e: Expr): ValueFn {
  const f = valueOf(e);
  return e.vars ? f : constant(f(0, 0));
}

function valueOf(e: Expr): ValueFn {
  switch (e.kind) {
    case 'number':
      return constant(e.value);
    case 'constant':
      return constant(CONSTANT_VALUES[e.name]);
    case 'variable':
      return e.name === 'y' ? (_x, y) => y : (x) => x;
    case 'paren':
    case 'plus':
      return compileValue(e.arg);
    case 'neg': {
      const a = compileValue(e.arg);
      return (x, y) => -a(x, y);
    }
    case 'add': {
      const a = compileValue(e.left);
      const b = compileValue(e.right);
      return (x, y) => a(x, y) + b(x, y);
    }
    case 'sub': {
      const a = compileValue(e.left);
      const b = compileValue(e.right);
      return (x, y) => a(x, y) - b(x, y);
    }
    case 'mul': {
      const a = compileValue(e.left);
      const b = compileValue(e.right);
      return (x, y) => a(x, y) * b(x, y);
    }
    case 'div': {
      const a = compileValue(e.left);
      const b = compileValue(e.right);
      return (x, y) => a(x, y) / b(x, y);
    }
    case 'pow': {
      const a = compileValue(e.left);
      const b = compileValue(e.right);
      if (!e.right.vars) {
        const c = b(0, 0);
        return (x, y) => Math.pow(a(x, y), c);
      }
      return (x, y) => Math.pow(a(x, y), b(x, y));
    }
    case 'call': {
      const a = compileValue(e.arg);
      const fn = FUNCTIONS[e.fn].f;
      return (x, y) => fn(a(x, y));
    }
  }
}

/** Value and gradient closures of `e`, sharing one tangent store. */
export function compileGradient(
  e: Expr,
): (x: number, y: number, out: number[], dim: number) => number {
  let slots = 6;
  const alloc = (): number => {
    const s = slots;
    slots += 2;
    return s;
  };
  // Slots 0–1: the zero tangent of constants; 2–3: ∂x = (1, 0); 4–5: ∂y = (0, 1).
  const ZERO = 0;
  const DX = 2;
  const DY = 4;
  let t = new Float64Array(0);

  const build = (n: Expr): Dual => {
    if (!n.vars) return { f: compileValue(n), slot: ZERO };
    switch (n.kind) {
      case 'variable':
        return n.name === 'y' ? { f: (_x, y) => y, slot: DY } : { f: (x) => x, slot: DX };
      case 'paren':
      case 'plus':
        return build(n.arg);
      case 'neg': {
        const a = build(n.arg);
        const fa = a.f;
        const ia = a.slot;
        const k = alloc();
        return {
          slot: k,
          f: (x, y) => {
            const u = fa(x, y);
            t[k] = -(t[ia] as number);
            t[k + 1] = -(t[ia + 1] as number);
            return -u;
          },
        };
      }
      case 'add':
      case 'sub': {
        const a = build(n.left);
        const b = build(n.right);
        const [fa, ia, fb, ib] = [a.f, a.slot, b.f, b.slot];
        const k = alloc();
        const s = n.kind === 'add' ? 1 : -1;
        return {
          slot: k,
          f: (x, y) => {
            const u = fa(x, y);
            const v = fb(x, y);
            t[k] = (t[ia] as number) + s * (t[ib] as number);
            t[k + 1] = (t[ia + 1] as number) + s * (t[ib + 1] as number);
            return s === 1 ? u + v : u - v;
          },
        };
      }
      case 'mul': {
        const a = build(n.left);
        const b = build(n.right);
        const [fa, ia, fb, ib] = [a.f, a.slot, b.f, b.slot];
        const k = alloc();
        return {
          slot: k,
          f: (x, y) => {
            const u = fa(x, y);
            const v = fb(x, y);
            t[k] = sc(t[ia] as number, v) + sc(t[ib] as number, u);
            t[k + 1] = sc(t[ia + 1] as number, v) + sc(t[ib + 1] as number, u);
            return u * v;
          },
        };
      }
      case 'div': {
        const a = build(n.left);
        const b = build(n.right);
        const [fa, ia, fb, ib] = [a.f, a.slot, b.f, b.slot];
        const k = alloc();
        return {
          slot: k,
          f: (x, y) => {
            const u = fa(x, y);
            const v = fb(x, y);
            const q = u / v;
            // (u/v)′ = (u′ − (u/v)·v′)/v: exact 0 for w/w, and 0 stays 0.
            const nx = (t[ia] as number) - sc(t[ib] as number, q);
            const ny = (t[ia + 1] as number) - sc(t[ib + 1] as number, q);
            t[k] = nx === 0 ? 0 : nx / v;
            t[k + 1] = ny === 0 ? 0 : ny / v;
            return q;
          },
        };
      }
      case 'pow': {
        const a = build(n.left);
        const fa = a.f;
        const ia = a.slot;
        const k = alloc();
        if (!n.right.vars) {
          const c = compileValue(n.right)(0, 0);
          return {
            slot: k,
            f: (x, y) => {
              const u = fa(x, y);
              const ux = t[ia] as number;
              const uy = t[ia + 1] as number;
              if (ux === 0 && uy === 0) {
                t[k] = 0;
                t[k + 1] = 0;
              } else {
                const d = c === 1 ? 1 : c === 2 ? 2 * u : sc(c, Math.pow(u, c - 1));
                t[k] = sc(ux, d);
                t[k + 1] = sc(uy, d);
              }
              return Math.pow(u, c);
            },
          };
        }
        const b = build(n.right);
        const fb = b.f;
        const ib = b.slot;
        return {
          slot: k,
          f: (x, y) => {
            const u = fa(x, y);
            const v = fb(x, y);
            const p = Math.pow(u, v);
            const ux = t[ia] as number;
            const uy = t[ia + 1] as number;
            const vx = t[ib] as number;
            const vy = t[ib + 1] as number;
            // (u^v)′ = v·u^(v−1)·u′ + u^v·ln(u)·v′
            // 0^v = 0 near any v > 0, so its v-derivative is 0 (not 0·ln 0 = NaN).
            const du = ux === 0 && uy === 0 ? 0 : sc(v, Math.pow(u, v - 1));
            const dv = vx === 0 && vy === 0 ? 0 : sc(p, Math.log(u));
            t[k] = sc(ux, du) + sc(vx, dv);
            t[k + 1] = sc(uy, du) + sc(vy, dv);
            return p;
          },
        };
      }
      case 'call': {
        const a = build(n.arg);
        const fa = a.f;
        const ia = a.slot;
        const k = alloc();
        const { f: fn, d: dfn } = FUNCTIONS[n.fn];
        return {
          slot: k,
          f: (x, y) => {
            const u = fa(x, y);
            const v = fn(u);
            const ux = t[ia] as number;
            const uy = t[ia + 1] as number;
            if (ux === 0 && uy === 0) {
              t[k] = 0;
              t[k + 1] = 0;
            } else {
              const d = dfn(u, v);
              t[k] = sc(ux, d);
              t[k + 1] = sc(uy, d);
            }
            return v;
          },
        };
      }
    }
  };

  const root = build(e);
  t = new Float64Array(slots);
  t[DX] = 1;
  t[DY + 1] = 1;
  const { f, slot } = root;
  return (x, y, out, dim) => {
    const v = f(x, y);
    out[0] = t[slot] as number;
    if (dim === 2) out[1] = t[slot + 1] as number;
    return v;
  };
}
