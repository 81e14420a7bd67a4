import { describe, expect, it } from 'vitest';
import fc from 'fast-check';
import { plainNumber, texNumber } from './texNumber';

const FROM_SUPERSCRIPT: Readonly<Record<string, string>> = {
  '⁻': '-',
  '⁰': '0',
  '¹': '1',
  '²': '2',
  '³': '3',
  '⁴': '4',
  '⁵': '5',
  '⁶': '6',
  '⁷': '7',
  '⁸': '8',
  '⁹': '9',
};

/** Reads texNumber's output back: sign, mantissa, exponent (0 for a plain decimal). */
function parseTex(s: string) {
  const m = /^(-?)(\d+(?:\.\d+)?)(?: \\times 10\^\{(-?\d+)\})?$/.exec(s);
  if (!m) throw new Error(`not a TeX number: ${s}`);
  return { sign: m[1] ?? '', mant: m[2] ?? '', exp: Number(m[3] ?? 0), sci: m[3] !== undefined };
}

/** Reads plainNumber's output back the same way. */
function parsePlain(s: string) {
  const m = /^(−?)(\d+(?:\.\d+)?)(?: × 10([⁻⁰¹²³⁴⁵⁶⁷⁸⁹]+))?$/.exec(s);
  if (!m) throw new Error(`not a plain number: ${s}`);
  const exp = Array.from(m[3] ?? '⁰', (c) => FROM_SUPERSCRIPT[c] ?? '?').join('');
  return { sign: m[1] ?? '', mant: m[2] ?? '', exp: Number(exp), sci: m[3] !== undefined };
}

const finite = fc.double({ noNaN: true, noDefaultInfinity: true });
const digitsArb = fc.integer({ min: 1, max: 12 });

describe('texNumber', () => {
  it('writes ordinary magnitudes as plain decimals without trailing zeros', () => {
    expect(texNumber(0.1)).toBe('0.1');
    expect(texNumber(123.456)).toBe('123.5');
    expect(texNumber(-0.0021)).toBe('-0.0021');
    expect(texNumber(2.5)).toBe('2.5');
    expect(texNumber(100)).toBe('100');
    expect(texNumber(0.00012344)).toBe('0.0001234');
    expect(texNumber(123456)).toBe('123500');
    expect(texNumber(0.9)).toBe('0.9');
    expect(texNumber(9.5, 1)).toBe('10'); // a tie rounds away from zero, as toExponential does
    expect(texNumber(Math.PI, 6)).toBe('3.14159');
    expect(texNumber(0)).toBe('0');
    expect(texNumber(-0)).toBe('0');
  });

  it('writes tiny and huge magnitudes as mantissa × 10^exp, never with "e"', () => {
    expect(texNumber(-1.45152e-32)).toBe('-1.452 \\times 10^{-32}');
    expect(texNumber(1.45152e-32)).toBe('1.452 \\times 10^{-32}');
    expect(texNumber(1e-5)).toBe('1 \\times 10^{-5}');
    expect(texNumber(1234567)).toBe('1.235 \\times 10^{6}');
    expect(texNumber(6.02214e23, 3)).toBe('6.02 \\times 10^{23}');
    // Rounding that carries into the next decade moves the exponent with it.
    expect(texNumber(999999.7)).toBe('1 \\times 10^{6}');
    expect(texNumber(9.99996e-5)).toBe('0.0001');
    expect(texNumber(Number.MIN_VALUE)).toBe('4.941 \\times 10^{-324}');
  });

  it('writes a non-finite value as words', () => {
    expect(texNumber(NaN)).toBe('\\text{diverged}');
    expect(texNumber(Infinity)).toBe('\\text{diverged}');
    expect(texNumber(-Infinity)).toBe('\\text{diverged}');
  });

  it('never uses e notation, and a negative is its positive with a minus', () => {
    fc.assert(
      fc.property(finite, digitsArb, (x, digits) => {
        const s = texNumber(x, digits);
        expect(s).not.toMatch(/e[\d+\-−]/);
        if (x > 0) expect(texNumber(-x, digits)).toBe(`-${s}`);
      }),
    );
  });

  it('reads back as x to `digits` significant digits, in the fewest characters', () => {
    fc.assert(
      fc.property(finite, digitsArb, (x, digits) => {
        fc.pre(x !== 0);
        const { sign, mant, exp, sci } = parseTex(texNumber(x, digits));
        expect(sign === '-').toBe(x < 0);
        // Correct rounding: within half a unit of the last significant digit written. Compared
        // as mantissas (|x| scaled by 10^−exp in two normal-range steps), so that neither
        // subnormal x nor a value that rounds up past the largest double spoils the check.
        const half = Math.trunc(exp / 2);
        const scaled = Math.abs(x) / 10 ** half / 10 ** (exp - half);
        const written = Number(mant);
        const lead = sci ? 0 : Math.floor(Math.log10(written));
        const unit = 10 ** (lead - digits + 1);
        expect(Math.abs(scaled - written)).toBeLessThanOrEqual(0.5 * unit * (1 + 1e-9) + 1e-13);
        // Leading zeros never count; an integer's trailing zeros are place holders (9.5 → "10").
        const significant = mant.includes('.')
          ? mant.replace('.', '').replace(/^0+/, '')
          : mant.replace(/0+$/, '');
        expect(significant.length).toBeLessThanOrEqual(digits);
        if (mant.includes('.')) expect(mant).not.toMatch(/0$/);
        if (sci) expect(Number(mant)).toBeGreaterThanOrEqual(1);
        if (sci) expect(Number(mant)).toBeLessThan(10);
      }),
    );
  });
});

describe('plainNumber', () => {
  it('uses a Unicode minus and superscript exponents', () => {
    expect(plainNumber(-1.45152e-32)).toBe('−1.452 × 10⁻³²');
    expect(plainNumber(1234567)).toBe('1.235 × 10⁶');
    expect(plainNumber(-0.25)).toBe('−0.25');
    expect(plainNumber(NaN)).toBe('diverged');
    expect(plainNumber(0)).toBe('0');
  });

  it('says the same number as texNumber, never with e notation', () => {
    fc.assert(
      fc.property(finite, digitsArb, (x, digits) => {
        const plain = plainNumber(x, digits);
        expect(plain).not.toMatch(/e[\d+\-−]/);
        if (x > 0) expect(plainNumber(-x, digits)).toBe(`−${plain}`);
        if (x === 0) return;
        const p = parsePlain(plain);
        const t = parseTex(texNumber(x, digits));
        expect(p).toEqual({ ...t, sign: t.sign === '-' ? '−' : '' });
      }),
    );
  });
});
