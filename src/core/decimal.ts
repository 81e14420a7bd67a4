/** A plain decimal literal (DESIGN §3): no hex, no blanks, no empty text, no Infinity/NaN words. */
const DECIMAL_LITERAL = /^[+-]?(\d+\.?\d*|\.\d+)([eE][+-]?\d+)?$/;

/** Largest |coordinate| accepted for a start point w₀, from a link or a box. */
export const MAX_START_COORDINATE = 1e6;

/** Parses a plain decimal literal to a finite number; undefined for anything else (e.g. 1e400). */
export function parseDecimal(raw: string): number | undefined {
  if (!DECIMAL_LITERAL.test(raw)) return undefined;
  const n = Number(raw);
  return Number.isFinite(n) ? n : undefined;
}

/** Writes a number as the shortest decimal literal that round-trips (−0 becomes 0). */
export function formatDecimal(n: number): string {
  return Object.is(n, -0) ? '0' : String(n);
}

/**
 * Parses a comma-separated start point of `dim` plain decimals, each within ±1e6. Returns the
 * point, or why not (phrased to follow the name of the field, e.g. "w0 needs 2 numbers").
 */
export function parsePoint(raw: string, dim: number): number[] | { error: string } {
  const parts = raw.split(',');
  if (parts.length !== dim) return { error: `needs ${dim} number${dim > 1 ? 's' : ''}` };
  const values = parts.map(parseDecimal);
  if (values.some((v) => v === undefined || Math.abs(v) > MAX_START_COORDINATE))
    return { error: `needs plain decimal numbers between −1e6 and 1e6` };
  return values as number[];
}
