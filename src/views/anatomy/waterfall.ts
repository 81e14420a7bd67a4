import type { Decomposition } from '../../core/decomposition';

/** One bar of the β^k waterfall: a term's move from the running sum before it to the one after. */
export interface WaterfallRow {
  /** Stable React key: the gradient's step, so a bar slides down a row as it ages. */
  readonly key: string;
  /** Age k (0 = newest), or null for the aggregate of older terms. */
  readonly k: number | null;
  /** β^k, or Σβ^k over the aggregated terms. */
  readonly weight: number;
  /** How many gradient terms the row holds (1, or the aggregated count). */
  readonly count: number;
  /** The term η·β^k·g_{t−1−k}, per coordinate (same units as w). */
  readonly value: readonly number[];
  /** Running sum before and after this term, per coordinate. */
  readonly from: readonly number[];
  readonly to: readonly number[];
}

/**
 * Lays the unrolled momentum sum out as a waterfall: each term starts where the running sum of
 * the newer terms ends, so the last bar ends at m_t. Pure data; the view only maps it to pixels.
 */
export function waterfallRows(dec: Decomposition, dim: number): WaterfallRow[] {
  const rows: WaterfallRow[] = [];
  let sum = new Array<number>(dim).fill(0);
  const add = (
    key: string,
    k: number | null,
    weight: number,
    count: number,
    value: readonly number[],
  ) => {
    const next = sum.map((s, i) => s + (value[i] ?? 0));
    rows.push({ key, k, weight, count, value, from: sum, to: next });
    sum = next;
  };
  for (const term of dec.terms) add(`g${term.gradStep}`, term.k, term.weight, 1, term.value);
  if (dec.restCount > 0) add('rest', null, dec.restWeight, dec.restCount, dec.rest);
  return rows;
}

const SUPERSCRIPT = '⁰¹²³⁴⁵⁶⁷⁸⁹';
const SUBSCRIPT = '₀₁₂₃₄₅₆₇₈₉';

/** n as subscript digits, for labels like m₁₂. */
export function subscript(n: number): string {
  return String(n)
    .split('')
    .map((c) => SUBSCRIPT[Number(c)] ?? c)
    .join('');
}

/** k as superscript digits, for labels like β³. */
export function superscript(k: number): string {
  return String(k)
    .split('')
    .map((c) => SUPERSCRIPT[Number(c)] ?? c)
    .join('');
}

/** The [lo, hi] range a waterfall must show: 0, every running sum, and any extra values (SGD's step). */
export function waterfallExtent(
  rows: readonly WaterfallRow[],
  coord: number,
  extra: readonly number[],
): [number, number] {
  let lo = 0;
  let hi = 0;
  const take = (v: number | undefined) => {
    if (v === undefined || !Number.isFinite(v)) return;
    if (v < lo) lo = v;
    if (v > hi) hi = v;
  };
  for (const r of rows) {
    take(r.from[coord]);
    take(r.to[coord]);
  }
  extra.forEach(take);
  if (lo === hi) return [-1, 1];
  return [lo, hi];
}

/** How far past the momentum waterfall's span SGD's bar may reach before it is drawn clipped. */
export const SGD_REACH = 3;

/**
 * The scale domain for one coordinate: the momentum waterfall (0, running sums, m_t), widened to
 * SGD's m_t only when that stays within SGD_REACH spans — otherwise a diverging or far larger SGD
 * step would squash every β^k bar to a hairline, so SGD's bar is clipped at the edge instead.
 */
export function waterfallDomain(
  rows: readonly WaterfallRow[],
  coord: number,
  momentumM: number,
  sgdM: number,
): { domain: [number, number]; sgdClipped: boolean } {
  const [lo, hi] = waterfallExtent(rows, coord, [momentumM]);
  const reach = SGD_REACH * (hi - lo);
  if (!Number.isFinite(sgdM) || sgdM < lo - reach || sgdM > hi + reach)
    return { domain: [lo, hi], sgdClipped: Number.isFinite(sgdM) || Number.isNaN(sgdM) };
  return { domain: [Math.min(lo, sgdM), Math.max(hi, sgdM)], sgdClipped: false };
}

/** What the bars were last drawn for: the step, the settings, the run unrolled. */
export interface Drawn {
  readonly step: number;
  readonly settings: object;
  readonly id: string | null;
}

/** Settings with the same values (arrays compared element by element): nothing changed. */
export function sameSettings(a: object, b: object): boolean {
  if (a === b) return true;
  const keys = new Set([...Object.keys(a), ...Object.keys(b)]);
  for (const k of keys) {
    const x: unknown = Reflect.get(a, k);
    const y: unknown = Reflect.get(b, k);
    if (Object.is(x, y)) continue;
    if (!Array.isArray(x) || !Array.isArray(y) || x.length !== y.length) return false;
    if (x.some((v, i) => !Object.is(v, y[i]))) return false;
  }
  return true;
}

/**
 * Whether the bars may glide from what was drawn to what is drawn next: only when the step moved
 * by exactly one (Step or Step back), paused, with settings of the same values and the same run
 * unrolled.
 */
export function glides(from: Drawn, to: Drawn, playing: boolean): boolean {
  return (
    !playing &&
    sameSettings(from.settings, to.settings) &&
    from.id === to.id &&
    Math.abs(to.step - from.step) === 1
  );
}
