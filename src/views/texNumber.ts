import { superscript } from '../core/superscript';

/**
 * One way to write a number in typeset math (TeX) and its plain-text twin for labels, so that
 * equations never show JavaScript's "e" notation (−1.4515e − 32 once appeared in a formula).
 * Ordinary magnitudes read as plain decimals, tiny and huge ones as mantissa × 10^exponent, and a
 * negative number is always its positive twin with a minus in front.
 */

/** Decimal exponents written as plain decimals: 0.0001234 … 999 999 (rounded value). */
const PLAIN_MIN_EXP = -4;
const PLAIN_MAX_EXP = 5;

/** Words for a value that is not a finite number: in this app that only happens once a run blew up. */
const NON_FINITE_TEX = '\\text{diverged}';
const NON_FINITE_TEXT = 'diverged';

/** |x| rounded to `digits` significant digits: its digit string (no trailing zeros) and exponent. */
interface Decimal {
  /** Significant digits, first one non-zero, no trailing zeros: "1452" for 1.452 × 10^e. */
  readonly digits: string;
  /** Decimal exponent of the first digit. */
  readonly exp: number;
}

function toDecimal(x: number, digits: number): Decimal {
  // toExponential rounds the exact binary value correctly, and re-computes the exponent when
  // rounding carries (9.9996 → "1.000e+1"), so the digits and the exponent always agree.
  const [mant = '0', exp = '0'] = Math.abs(x)
    .toExponential(digits - 1)
    .split('e');
  return { digits: mant.replace('.', '').replace(/0+$/, '') || '0', exp: Number(exp) };
}

function clampDigits(digits: number): number {
  return Math.min(17, Math.max(1, Math.round(Number.isFinite(digits) ? digits : 4)));
}

/** "1452", exp −2 → "0.01452"; exp 5 → "145200". */
function plainDecimal({ digits, exp }: Decimal): string {
  if (exp < 0) return `0.${'0'.repeat(-exp - 1)}${digits}`;
  const whole = digits.slice(0, exp + 1).padEnd(exp + 1, '0');
  const frac = digits.slice(exp + 1);
  return frac ? `${whole}.${frac}` : whole;
}

/** "1452" → "1.452"; "1" → "1". */
function mantissa({ digits }: Decimal): string {
  return digits.length > 1 ? `${digits[0] ?? ''}.${digits.slice(1)}` : digits;
}

function isPlain(d: Decimal): boolean {
  return d.exp >= PLAIN_MIN_EXP && d.exp <= PLAIN_MAX_EXP;
}

/**
 * x as TeX with `digits` significant digits (1…17, default 4): "0.1", "123.5", "-0.002",
 * "1.452 \times 10^{-32}", "-6.02 \times 10^{23}"; no trailing zeros; 0 (and −0) as "0".
 * Plain decimals for rounded magnitudes 10⁻⁴ ≤ |x| < 10⁶, scientific outside. Non-finite values
 * read "\text{diverged}". The minus is ASCII "-", which TeX typesets as a minus sign.
 */
export function texNumber(x: number, digits = 4): string {
  if (!Number.isFinite(x)) return NON_FINITE_TEX;
  if (x === 0) return '0';
  const d = toDecimal(x, clampDigits(digits));
  const sign = x < 0 ? '-' : '';
  return isPlain(d) ? sign + plainDecimal(d) : `${sign}${mantissa(d)} \\times 10^{${d.exp}}`;
}

/**
 * The plain-text twin of texNumber for labels and screen readers: the same digits, with a Unicode
 * minus "−" and superscript exponents: "−1.452 × 10⁻³²", "0.1", "diverged".
 */
export function plainNumber(x: number, digits = 4): string {
  if (!Number.isFinite(x)) return NON_FINITE_TEXT;
  if (x === 0) return '0';
  const d = toDecimal(x, clampDigits(digits));
  const sign = x < 0 ? '−' : '';
  return isPlain(d) ? sign + plainDecimal(d) : `${sign}${mantissa(d)} × 10${superscript(d.exp)}`;
}
