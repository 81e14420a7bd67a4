import { describe, expect, it } from 'vitest';
import fc from 'fast-check';
// mathjs's own evaluator, as an independent reference — in this test only; the app never
// evaluates with mathjs.
import { evaluate } from 'mathjs/number';
import { all, create, type MathJsInstance } from 'mathjs';
import { compileLoss, FUNCTION_NAMES } from './index';

/** Expression strings from the grammar of DESIGN §7, built recursively. */
function expressions(variables: readonly string[]): fc.Arbitrary<string> {
  const space = fc.constantFrom('', ' ');
  const number = fc.oneof(
    fc.integer({ min: 0, max: 12 }).map(String),
    fc
      .tuple(fc.integer({ min: 0, max: 9 }), fc.integer({ min: 1, max: 99 }))
      .map(([a, b]) => `${a}.${b}`),
    fc.constantFrom('.5', '0.25', '1e-2', '2.5E1', '3e0', '1.5e+1'),
  );
  const leaf = fc.oneof(
    { weight: 4, arbitrary: fc.constantFrom(...variables) },
    { weight: 3, arbitrary: number },
    { weight: 1, arbitrary: fc.constantFrom('pi', 'e') },
  );
  const { expr } = fc.letrec<{
    expr: string;
    binary: string;
    unary: string;
    call: string;
    paren: string;
  }>((tie) => ({
    expr: fc.oneof(
      { depthSize: 'small', withCrossShrink: true },
      leaf,
      tie('binary'),
      tie('unary'),
      tie('call'),
      tie('paren'),
    ),
    binary: fc
      .tuple(tie('expr'), space, fc.constantFrom('+', '-', '*', '/', '^'), space, tie('expr'))
      .map((parts) => parts.join('')),
    unary: fc.tuple(fc.constantFrom('-', '+'), tie('expr')).map(([op, a]) => `${op}${a}`),
    call: fc
      .tuple(fc.constantFrom(...FUNCTION_NAMES), space, tie('expr'))
      .map(([f, s, a]) => `${f}(${s}${a}${s})`),
    paren: tie('expr').map((a) => `(${a})`),
  }));
  return expr.filter(
    (s) => s.length <= 300 && variables.some((v) => new RegExp(`\\b${v}\\b`).test(s)),
  );
}

function reference(text: string, w: readonly number[], dim: number): number {
  const scope = dim === 1 ? { w: w[0] } : { x: w[0], y: w[1] };
  const v: unknown = evaluate(text, scope);
  return typeof v === 'number' ? v : NaN;
}

/** mathjs with 50-digit BigNumbers (test only): a reference free of float64 rounding. */
let bigMath: MathJsInstance | null = null;
function big(): MathJsInstance {
  if (!all) throw new Error('mathjs has no factories');
  bigMath ??= create(all, { number: 'BigNumber', precision: 50, predictable: true });
  return bigMath;
}

function preciseValue(text: string, w: readonly number[], dim: number, dw?: [number, string]) {
  const m = big();
  const coords = w.map((v, i) => {
    const b = m.bignumber(v);
    return dw && dw[0] === i ? m.add(b, m.bignumber(dw[1])) : b;
  });
  const scope = dim === 1 ? { w: coords[0] } : { x: coords[0], y: coords[1] };
  return m.evaluate(text, scope) as unknown;
}

/** ∂L/∂w_i by a central difference with h = 1e-20 in 50-digit arithmetic. */
function preciseDerivative(text: string, w: readonly number[], i: number, dim: number): number {
  const m = big();
  const up = preciseValue(text, w, dim, [i, '1e-20']);
  const down = preciseValue(text, w, dim, [i, '-1e-20']);
  if (!m.isBigNumber(up) || !m.isBigNumber(down)) return NaN;
  return Number(m.divide(m.subtract(up, down), m.bignumber('2e-20')));
}

/** Is the float64 value within 1e-10 (relative) of the 50-digit one? */
function wellConditioned(text: string, w: readonly number[], dim: number, value: number) {
  const v = preciseValue(text, w, dim);
  return big().isBigNumber(v) && relativelyClose(value, Number(v), 1e-10);
}

function relativelyClose(a: number, b: number, tol: number): boolean {
  return Math.abs(a - b) <= tol * Math.max(1, Math.abs(a), Math.abs(b));
}

for (const [dim, variables] of [
  [2, ['x', 'y']],
  [1, ['w']],
] as const) {
  describe(`generated ${dim}D expressions (${variables.join(', ')})`, () => {
    // Points on a grid of 1e-5 in [−3, 3] (0 and whole numbers included): differences with a
    // step of 1e-5 cannot judge a derivative at 1e-300, where fast-check's doubles like to go.
    const coordinate = fc.integer({ min: -300_000, max: 300_000 }).map((k) => k / 100_000);
    const point = fc.array(coordinate, {
      minLength: dim,
      maxLength: dim,
    });

    it('compile, and evaluate as mathjs evaluates the same text', () => {
      let compared = 0;
      fc.assert(
        fc.property(expressions(variables), point, (text, w) => {
          const r = compileLoss(text);
          if (!r.ok) throw new Error(`refused ${text}: ${r.error}`);
          expect(r.loss.dim).toBe(dim);
          expect(compileLoss(r.loss.text).ok).toBe(true);
          const mine = r.loss.loss(w);
          const theirs = reference(text, w, dim);
          if (Number.isNaN(theirs)) return; // e.g. mathjs returns NaN where the value is complex
          if (!Number.isFinite(mine) || !Number.isFinite(theirs)) {
            expect(mine).toBe(theirs);
            return;
          }
          compared++;
          expect(relativelyClose(mine, theirs, 1e-12)).toBe(true);
        }),
        { numRuns: 1000 },
      );
      expect(compared).toBeGreaterThan(500);
    });

    it('have gradients that agree with central differences where smooth', () => {
      let checked = 0;
      let undefinedHere = 0;
      fc.assert(
        fc.property(expressions(variables), point, (text, w) => {
          const r = compileLoss(text);
          if (!r.ok) throw new Error(`refused ${text}: ${r.error}`);
          const f = r.loss;
          const value = f.loss(w);
          if (!Number.isFinite(value) || Math.abs(value) > 1e4) return;
          const g = f.grad(w, new Array<number>(dim).fill(NaN));
          for (let i = 0; i < dim; i++) {
            const at = (dx: number) => {
              const p = [...w];
              p[i] = (w[i] ?? 0) + dx;
              return f.loss(p);
            };
            const h = 1e-5 * Math.max(1, Math.abs(w[i] ?? 0));
            const steps = [h, h / 2, h / 4].map((s) => (at(s) - at(-s)) / (2 * s));
            const forward = (at(h) - value) / h;
            const backward = (value - at(-h)) / h;
            if (![...steps, forward, backward].every(Number.isFinite)) continue;
            const fine = steps[2] ?? NaN;
            // Only where L is smooth at the scale of h: central differences with three steps
            // agree (no rounding noise from huge intermediates, e.g. sin(cosh(25) + y)) and
            // one-sided differences agree (no kink nearby, e.g. abs at 0).
            if (!steps.every((d) => relativelyClose(d, fine, 1e-6))) continue;
            if (!relativelyClose(forward, backward, 1e-2) || Math.abs(fine) > 1e6) continue;
            // All differences exactly 0: L is flat in floats here, which includes the case where
            // w is absorbed by a huge term (sin(25^25 + w)) though the real derivative is not 0.
            if (steps.every((d) => d === 0)) continue;
            const gi = g[i] ?? NaN;
            if (Number.isNaN(gi)) {
              // Undefined in the reals though finite in floats, e.g. ∂/∂y of x^cos(sin(y) − y) at
              // x < 0, where the exponent rounds to exactly 1. Allowed, but must stay rare.
              undefinedHere++;
              continue;
            }
            checked++;
            if (relativelyClose(gi, fine, 1e-5)) continue;
            // Float differences can still be fooled by rounding inside the expression (w added
            // to cosh(25) loses digits); settle it with 50-digit arithmetic, which is slow, so
            // only here.
            const precise = preciseDerivative(text, w, i, dim);
            if (relativelyClose(gi, precise, 1e-5)) continue;
            if (!wellConditioned(text, w, dim, value)) continue;
            throw new Error(
              `${text} at ${w.join(', ')}: ∂${i} = ${gi}, differences ${fine}, precise ${precise}`,
            );
          }
        }),
        { numRuns: 1000 },
      );
      expect(checked).toBeGreaterThan(500);
      expect(undefinedHere).toBeLessThan(checked / 50);
    });
  });
}
