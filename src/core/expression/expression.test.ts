import { describe, expect, it } from 'vitest';
import fc from 'fast-check';
import reference from '../fixtures/trajectories.json';
import { findPreset } from '../presets';
import { rowOf, runTrajectory, type Objective } from '../trajectory';
import {
  checkFiniteAt,
  compileLoss,
  MAX_LOSS_LENGTH,
  type CompiledLoss,
  type LossParse,
} from './index';

function ok(text: string): CompiledLoss {
  const r = compileLoss(text);
  if (!r.ok) throw new Error(`${text}: ${r.error}`);
  return r.loss;
}

function refused(text: string): { error: string; at?: number } {
  const r: LossParse = compileLoss(text);
  if (r.ok) throw new Error(`${text} was accepted`);
  return r;
}

function centralDifference(f: CompiledLoss, w: number[], i: number, h: number): number {
  const up = [...w];
  const down = [...w];
  up[i] = (w[i] ?? 0) + h;
  down[i] = (w[i] ?? 0) - h;
  return (f.loss(up) - f.loss(down)) / (2 * h);
}

describe('compileLoss accepts the grammar', () => {
  it('reads the dimension from the variables', () => {
    expect(ok('w^2').dim).toBe(1);
    expect(ok('x^2').dim).toBe(2);
    expect(ok('y^2').dim).toBe(2);
    expect(ok('x^2 + 10*y^2').dim).toBe(2);
  });

  it('is an Objective the trajectory code can run', () => {
    const f: Objective = ok('x^2 + 10*y^2');
    const run = runTrajectory(f, { w0: [1, 1], eta: 0.01, beta: 0.9 }, 10);
    expect(run.length).toBe(11);
  });

  it('evaluates with the usual precedence', () => {
    const cases: [string, (x: number, y: number) => number][] = [
      ['-x^2', (x) => -(x * x)],
      ['2^-x', (x) => Math.pow(2, -x)],
      ['x^y^2', (x, y) => Math.pow(x, y * y)],
      ['1/2*x', (x) => x / 2],
      ['x/y/2', (x, y) => x / y / 2],
      ['x - y - 1', (x, y) => x - y - 1],
      ['x - (y - 1)', (x, y) => x - (y - 1)],
      ['+x * -y', (x, y) => x * -y],
      ['x - -y', (x, y) => x + y],
      ['2*pi*x + e', (x) => 2 * Math.PI * x + Math.E],
      ['sin(x)^2 + cos(x)^2 + y', (_x, y) => 1 + y],
      ['.5*x + 1.5e1*y + 2. * x', (x, y) => 0.5 * x + 15 * y + 2 * x],
      ['3 * x − y × 2 · 1', (x, y) => 3 * x - y * 2],
      ['log(e)*x', (x) => x],
    ];
    for (const [text, f] of cases) {
      const loss = ok(text);
      for (const [x, y] of [
        [1.3, 0.7],
        [0.4, 2.2],
        [2, 3],
      ] as const) {
        expect(loss.loss([x, y])).toBeCloseTo(f(x, y), 12);
      }
    }
  });

  it('tidies the text so it can go in a URL and come back the same', () => {
    const loss = ok('  x^2\t+\n 10*y^2 − 1  ');
    expect(loss.text).toBe('x^2 + 10*y^2 - 1');
    expect(ok(loss.text).text).toBe(loss.text);
  });

  it('allows exactly 300 characters', () => {
    const text = `x${' + x'.repeat(74)}`.padEnd(MAX_LOSS_LENGTH, ' ');
    expect(text.length).toBe(300);
    expect(ok(text).loss([1, 0])).toBe(75);
  });

  it('typesets from the checked tree', () => {
    expect(ok('x^2 + 10*y^2').tex).toBe('{x}^{2} + 10{y}^{2}');
    expect(ok('(1 - x)^2 / 2').tex).toBe('\\frac{{\\left(1 - x\\right)}^{2}}{2}');
    expect(ok('abs(w) + sqrt(w^2 + 1) + log(w) + atan(w)*pi').tex).toBe(
      '\\left|w\\right| + \\sqrt{{w}^{2} + 1} + \\ln\\left(w\\right) + \\arctan\\left(w\\right) \\cdot \\pi',
    );
    expect(ok('1e-7*x + 2.5e21*y').tex).toBe('10^{-7}x + 2.5 \\cdot 10^{21}y');
    expect(ok('2*3*x').tex).toBe('2 \\cdot 3 \\cdot x');
    expect(ok('3*x*2').tex).toBe('3x \\cdot 2');
  });
});

describe('compileLoss refuses everything else, saying what and where', () => {
  const cases: [string, RegExp, number | undefined][] = [
    ['', /^type a loss, e\.g\. x\^2 \+ 10\*y\^2$/, undefined],
    ['   ', /^type a loss/, undefined],
    ["import('x')", /^unknown function 'import' at character 1/, 0],
    ['a=1', /^assignment \('='\) is not allowed at character 2/, 1],
    ['x = 1', /^assignment \('='\) is not allowed at character 3/, 2],
    ['f(x)=x', /^function definitions \('f\(x\) = …'\) are not allowed at character 5/, 4],
    ['x.constructor', /^property access \('\.'\) is not allowed at character 2/, 1],
    ['x[1]', /^indexing \('\[ \]'\) is not allowed at character 2/, 1],
    ['"str"', /^strings and quotes are not allowed at character 1/, 0],
    ["x'", /^strings and quotes are not allowed at character 2/, 1],
    ['[1,2]', /^matrices and lists \('\[ \]'\) are not allowed at character 1/, 0],
    ['1:3', /^ranges \(':'\) are not allowed at character 2/, 1],
    ['x ? 1 : 2', /^conditionals \('\? :'\) are not allowed at character 3/, 2],
    ['x == 1', /^comparisons \('=='\) are not allowed at character 3/, 2],
    ['x < 1', /^comparisons \('<'\) are not allowed at character 3/, 2],
    ['x != 1', /^comparisons \('!='\) are not allowed at character 3/, 2],
    ['x!', /^factorial \('!'\) is not allowed at character 2/, 1],
    ['x % 2', /^'%' is not allowed at character 3/, 2],
    ['x mod 2', /^'mod' is not allowed at character 3/, 2],
    ['not x', /^'not' is not allowed at character 1/, 0],
    ['x & y', /^logical and bitwise operators \('&'\) are not allowed at character 3/, 2],
    ['{a: 1}', /^objects \('\{ \}'\) are not allowed at character 1/, 0],
    ['x; y', /^';' is not allowed at character 2/, 1],
    ['x # comment', /^comments \('#'\) are not allowed at character 3/, 2],
    ['foo(x)', /^unknown function 'foo' at character 1 — the functions are sin cos tan/, 0],
    ['ln(x)', /^unknown function 'ln' at character 1 — log is the natural logarithm/, 0],
    ['cos(x, y)', /^cos takes exactly one argument at character 6/, 5],
    ['x, y', /^unexpected ',' at character 2/, 1],
    ['createUnit("a")', /^unknown function 'createUnit' at character 1/, 0],
    ['x + z', /^unknown name 'z' at character 5 — only w, or x and y, may appear$/, 4],
    ['true * x', /^unknown name 'true' at character 1/, 0],
    ['Infinity * x', /^unknown name 'Infinity' at character 1/, 0],
    ['PI * x', /^unknown name 'PI' at character 1/, 0],
    ['w + x', /^'x' at character 5: only w, or x and y, may appear$/, 4],
    ['y*x + sin(w)', /^'w' at character 11: only w, or x and y, may appear$/, 10],
    ['3 + pi', /^the loss must use w, or x and y$/, undefined],
    ['2x', /^missing '\*' before 'x' at character 2 — write 2\*x, not 2x/, 1],
    ['x y', /^missing '\*' before 'y' at character 3/, 2],
    ['2(x + 1)', /^missing '\*' before '\(' at character 2/, 1],
    ['(x)(y)', /^missing '\*' before '\(' at character 4/, 3],
    ['2e', /^missing '\*' before 'e' at character 2/, 1],
    ['sin x', /^'sin' needs parentheses at character 1 — e\.g\. sin\(x\)/, 0],
    ['x(2)', /^'x' is not a function at character 1 — write x\*\(…\) to multiply/, 0],
    ['sin()', /^sin\(\) needs an argument at character 5/, 4],
    ['x + ()', /^empty parentheses '\(\)' at character 5/, 4],
    ['x**2', /^'\*\*' is not an operator at character 2 — write x\^2 for a power/, 1],
    ['0x1F + x', /^only decimal numbers are allowed at character 1/, 0],
    ['2.*x', /^'\.\*' is not an operator at character 2/, 1],
    ['1.2.3*x', /^unexpected '\.' at character 4/, 3],
    ['1e400*x', /^the number 1e400 is too large at character 1/, 0],
    ['(x', /^unclosed '\(' at character 1 — a '\)' is missing/, 0],
    ['x + (y * (2', /^unclosed '\(' at character 10/, 9],
    ['x)', /^unmatched '\)' at character 2/, 1],
    ['x +', /^the expression is incomplete at the end$/, 3],
    ['x^', /^the expression is incomplete at the end$/, 2],
    ['*x', /^a number, a name or '\(' is expected at character 1/, 0],
    ['x + * y', /^a number, a name or '\(' is expected at character 5/, 4],
    ['π*x', /^unexpected 'π' at character 1 — write pi/, 0],
    ['x²', /^unexpected '²' at character 2 — write \^2 for a power/, 1],
    ['x $ y', /^unexpected '\$' at character 3/, 2],
    ['x \u0000', /^unexpected invisible character U\+0000 at character 3/, 2],
    ['x\u200b+ y', /^unexpected invisible character U\+200B at character 2/, 1],
    ['x + \ud800', /^unexpected invisible character U\+D800 at character 5/, 4],
  ];
  for (const [text, message, at] of cases) {
    it(JSON.stringify(text), () => {
      const r = refused(text);
      expect(r.error).toMatch(message);
      expect(r.at).toBe(at);
    });
  }

  it('refuses more than 300 characters', () => {
    const text = `x${' + x'.repeat(100)}`;
    expect(refused(text).error).toBe(
      `the loss is too long: ${text.length} characters, at most ${MAX_LOSS_LENGTH}`,
    );
    expect(refused('x'.repeat(100_000)).error).toMatch(/^the loss is too long/);
  });

  it('never throws, whatever the string', () => {
    fc.assert(
      fc.property(fc.string({ maxLength: 60, unit: 'binary' }), (s) => {
        const r = compileLoss(s);
        if (!r.ok) {
          expect(r.error.length).toBeGreaterThan(0);
          if (r.at !== undefined) expect(r.at).toBeGreaterThanOrEqual(0);
          if (r.at !== undefined) expect(r.at).toBeLessThanOrEqual(s.length);
        }
      }),
      { numRuns: 2000 },
    );
    fc.assert(
      fc.property(
        fc.array(
          fc.constantFrom(
            ...'x y w 1 2.5 e pi ( ) + - * / ^ , = . [ ] : ? sin cos( abs( "'.split(' '),
          ),
          { maxLength: 25 },
        ),
        (parts) => {
          const r = compileLoss(parts.join(''));
          if (r.ok) expect([1, 2]).toContain(r.loss.dim);
          else expect(r.error.length).toBeGreaterThan(0);
        },
      ),
      { numRuns: 3000 },
    );
  });
});

describe('the gradient is exact forward-mode differentiation', () => {
  const expressions = [
    'sin(x)*cos(y)',
    'tan(x/4) + y',
    'exp(x/3)*y^2',
    'log(x^2 + y^2 + 1)',
    'sqrt(x^2 + 2*y^2 + 1)',
    'abs(x - 0.3) + abs(y)^3',
    'tanh(x*y)',
    'sinh(x/2) - cosh(y/3)',
    'atan(x - 2*y)',
    '(x^2 + 1)^(y/2)',
    'e^x - pi*y',
    '-(x^3)/(1 + y^2)',
    '2^x * 3^-y',
    '(x - y)^3 / 7 + (x*y)^0 + (y^2 + 1)^-2',
    'w^4 - 3*w^2 + w',
    'log(abs(w) + 1)*sin(w)',
    'cosh(w)/(1 + w^2) + exp(-w^2)',
  ];
  for (const text of expressions) {
    it(`${text} matches central differences`, () => {
      const f = ok(text);
      fc.assert(
        fc.property(
          fc.array(fc.double({ min: -2, max: 2, noNaN: true }), {
            minLength: f.dim,
            maxLength: f.dim,
          }),
          (w) => {
            const value = f.loss(w);
            const g = f.grad(w, new Array<number>(f.dim).fill(NaN));
            if (!Number.isFinite(value)) return;
            for (let i = 0; i < f.dim; i++) {
              const h = 1e-6 * Math.max(1, Math.abs(w[i] ?? 0));
              const fd = centralDifference(f, w, i, h);
              if (!Number.isFinite(fd)) continue;
              const scale = Math.max(1, Math.abs(fd), Math.abs(value));
              expect(Math.abs((g[i] ?? NaN) - fd)).toBeLessThan(2e-5 * scale);
            }
          },
        ),
        { numRuns: 200 },
      );
    });
  }

  it('returns the same value as loss and writes into out', () => {
    const f = ok('x^2*sin(y) + exp(x - y)');
    const out = [NaN, NaN, 7];
    expect(f.grad([0.5, 1.5], out)).toBe(out);
    expect(out[2]).toBe(7);
    expect(out[0]).toBeCloseTo(2 * 0.5 * Math.sin(1.5) + Math.exp(-1), 14);
    expect(out[1]).toBeCloseTo(0.25 * Math.cos(1.5) - Math.exp(-1), 14);
  });

  it('differentiates a lone variable', () => {
    expect(ok('x').grad([3, 4], [NaN, NaN])).toEqual([1, 0]);
    expect(ok('y').grad([3, 4], [NaN, NaN])).toEqual([0, 1]);
    expect(ok('-w').grad([3], [NaN])).toEqual([-1]);
  });

  it('1D writes one component', () => {
    const out = [NaN, 42];
    ok('w^3').grad([2], out);
    expect(out).toEqual([12, 42]);
  });

  it('uses exact rules at the awkward points', () => {
    const g = (text: string, w: number[]) => ok(text).grad(w, [NaN, NaN]).slice(0, w.length);
    // abs′(0) = 0 (a subgradient).
    expect(g('abs(w)', [0])).toEqual([0]);
    expect(g('abs(x) + 2*abs(y)', [0, 0])).toEqual([0, 0]);
    // sqrt′(0) = +∞ (the trajectory calls that divergence) …
    expect(g('sqrt(w)', [0])).toEqual([Infinity]);
    // … but only in the direction that reaches it (tangents that are 0 stay 0).
    expect(g('sqrt(x) + y^2', [0, 3])).toEqual([Infinity, 6]);
    // A cone's tip gets the subgradient 0.
    expect(g('sqrt(x^2 + y^2)', [0, 0])).toEqual([0, 0]);
    // Integer constant exponents never go through log: negative bases are fine.
    expect(g('w^3', [-2])).toEqual([12]);
    expect(g('w^-1', [-2])).toEqual([-0.25]);
    expect(g('w^(1 + 1)', [-3])).toEqual([-6]);
    expect(g('w^0', [0])).toEqual([0]);
    expect(ok('w^0').loss([0])).toBe(1);
    expect(g('(-w)^3', [2])).toEqual([-12]);
    // A variable exponent: d/dy x^y = x^y·ln x, d/dx = y·x^(y−1).
    const [dx, dy] = g('x^y', [2, 3]);
    expect(dx).toBeCloseTo(12, 12);
    expect(dy).toBeCloseTo(8 * Math.LN2, 12);
    // log′(0) = +∞; 1/0 gives ±∞ values and non-finite gradients.
    expect(g('log(w)', [0])).toEqual([Infinity]);
    expect(Number.isFinite(g('1/w', [0])[0])).toBe(false);
  });

  it('reproduces the reference trajectories when the presets are typed in', () => {
    const typed: Record<string, string> = {
      quadratic: 'w^2',
      'double-well': 'w^4 - 3*w^2 + w',
      ravine: '0.5*x^2 + 25*y^2',
      rosenbrock: '(1 - x)^2 + 100*(y - x^2)^2',
      himmelblau: '(x^2 + y - 11)^2 + (x + y^2 - 7)^2',
      beale: '(1.5 - x + x*y)^2 + (2.25 - x + x*y^2)^2 + (2.625 - x + x*y^3)^2',
    };
    const close = (a: number, b: number) => Math.abs(a - b) <= 1e-9 * Math.max(Math.abs(b), 1e-3);
    for (const c of reference.cases) {
      const text = typed[c.fn];
      expect(text, c.fn).toBeDefined();
      const f = ok(text ?? '');
      expect(f.dim).toBe(findPreset(c.fn)?.dim);
      const run = runTrajectory(f, { w0: c.w0, eta: c.eta, beta: c.beta }, c.steps);
      expect(run.length).toBe(c.rows.length);
      for (const row of c.rows) {
        for (const field of ['w', 'm', 'grad'] as const) {
          const got = rowOf(run, field, row.t);
          row[field].forEach((v, i) => {
            if (!close(got[i] ?? NaN, v)) {
              throw new Error(`${c.fn} ${field}[${i}] at t=${row.t}: ${got[i]} vs ${v}`);
            }
          });
        }
        expect(close(run.loss[row.t] ?? NaN, row.loss)).toBe(true);
      }
    }
  });
});

describe('checkFiniteAt', () => {
  it('says when a run cannot start at w₀', () => {
    expect(checkFiniteAt(ok('log(w)'), [1])).toBeNull();
    expect(checkFiniteAt(ok('log(w)'), [-1])).toBe('L is not finite at w₀');
    expect(checkFiniteAt(ok('1/x + y'), [0, 1])).toBe('L is not finite at w₀');
    expect(checkFiniteAt(ok('exp(x) + y'), [40, 0])).toBe('L is too large at w₀ (|L| > 1e12)');
    expect(checkFiniteAt(ok('sqrt(w)'), [0])).toBe('∇L is not finite at w₀');
    expect(checkFiniteAt(ok('x + y'), [1])).toBe('w₀ must be two finite numbers');
    expect(checkFiniteAt(ok('w'), [NaN])).toBe('w₀ must be one finite number');
  });
});
