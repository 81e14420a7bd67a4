import { format } from 'd3-format';

const sig = format('.5~g');
const sig6 = format('.6~g');

/** A number for a readout: 5 significant digits (at least the 4 the contract asks), "−" minus sign. */
export function formatNumber(x: number | undefined, digits: 5 | 6 = 5): string {
  if (x === undefined || Number.isNaN(x)) return '—';
  if (!Number.isFinite(x)) return x > 0 ? '∞' : '−∞';
  return (digits === 6 ? sig6 : sig)(x).replace('-', '−');
}

/** A vector for a readout: "1.2345" in 1D, "(1.2345, −0.5)" in 2D. */
export function formatVector(v: readonly number[]): string {
  if (v.length === 1) return formatNumber(v[0]);
  return `(${v.map((x) => formatNumber(x)).join(', ')})`;
}
