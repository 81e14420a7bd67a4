import { format } from 'd3-format';
import {
  DEFAULT_BETA_RANGE,
  isStableFor,
  optimalHeavyBall,
  ruleRate,
  stepsToShrink,
  type OptimalPoint,
  type RateRule,
} from '../../core/rateMap';
import { formatNumber } from '../format';

/** The β range the map spans: [0, 0.999] (β = 1 never forgets a gradient). */
export const MAP_BETA_RANGE = DEFAULT_BETA_RANGE;

/** Screen pixels per map cell: the map is computed at the resolution it is drawn. */
export const CELL_PX = 2;

/**
 * The curvature scale the η axis is laid out by: λ_max when positive, else the largest |λ| (a
 * Hessian that is not positive definite still gets an axis), else 1.
 */
export function curvatureScale(eigenvalues: readonly number[]): number {
  const max = Math.max(...eigenvalues);
  if (max > 0) return max;
  const abs = Math.max(...eigenvalues.map(Math.abs));
  return abs > 0 && Number.isFinite(abs) ? abs : 1;
}

/** The η axis (log scale): 0.01/λ to 10/λ, three decades either side of the limit 2/λ. */
export function mapEtaRange(eigenvalues: readonly number[]): [number, number] {
  const s = curvatureScale(eigenvalues);
  return [0.01 / s, 10 / s];
}

/** Columns and rows of a map drawn innerW × innerH px: one cell per CELL_PX pixels, at least 8. */
export function cellGrid(innerW: number, innerH: number): { cols: number; rows: number } {
  return {
    cols: Math.max(8, Math.round(innerW / CELL_PX)),
    rows: Math.max(8, Math.round(innerH / CELL_PX)),
  };
}

/** η rounded to 3 significant digits: what a click sets and the readout shows. */
export function snapEta(eta: number): number {
  return Number(eta.toPrecision(3));
}

/** β rounded to 3 decimals and kept in the map's range. */
export function snapBeta(beta: number): number {
  const [lo, hi] = MAP_BETA_RANGE;
  return Math.min(hi, Math.max(lo, Math.round(beta * 1000) / 1000));
}

/**
 * The (η, β) under a point of the map: fx from the left edge and fy from the top, each 0…1
 * across the data area (η on a log axis, β linear and increasing upwards), snapped.
 */
export function pointAt(
  fx: number,
  fy: number,
  etaRange: readonly [number, number],
): { eta: number; beta: number } {
  const [lo, hi] = etaRange;
  const [b0, b1] = MAP_BETA_RANGE;
  const cx = Math.min(1, Math.max(0, fx));
  const cy = Math.min(1, Math.max(0, fy));
  return { eta: snapEta(lo * (hi / lo) ** cx), beta: snapBeta(b1 - cy * (b1 - b0)) };
}

/** What the theory predicts at one (η, β). */
export interface RateReading {
  readonly eta: number;
  readonly beta: number;
  /** max over the eigenvalues of |z|: the error factor per step. */
  readonly rho: number;
  readonly stable: boolean;
  /** Steps to shrink the error 10⁶× (Infinity when it never does). */
  readonly steps: number;
}

/** ρ, stability and steps-to-shrink at (η, β) for a rule, the same predicate the cells use. */
export function readRate(
  eigenvalues: readonly number[],
  eta: number,
  beta: number,
  rule: RateRule,
): RateReading {
  const rho = eigenvalues.reduce((r, l) => Math.max(r, ruleRate(rule, eta, beta, l)), 0);
  const stable = isStableFor(rule, eta, beta, eigenvalues);
  return { eta, beta, rho, stable, steps: stable ? stepsToShrink(rho) : Infinity };
}

// d3-format, not Intl.NumberFormat: constructing the first Intl formatter loads ICU's number
// data, 28–44 ms inside the anatomy chunk's evaluation (CPU profile of a cloud link's load).
const count = format(',');

/** "η = 0.0123, β = 0.85: ρ = 0.91234 per step, about 152 steps to shrink the error 10⁶×". */
export function readingText(r: RateReading): string {
  const at = `η = ${formatNumber(r.eta)}, β = ${formatNumber(r.beta)}`;
  return r.stable
    ? `${at}: ρ = ${formatNumber(r.rho)} per step, about ${count(r.steps)} steps to shrink the error 10⁶×`
    : `${at}: ρ = ${formatNumber(r.rho)} ≥ 1, the error never shrinks (diverges)`;
}

/**
 * The colour legend's domain: 1 − ρ on a log scale, from the slowest stable cell's decade up to
 * the fastest one's (a converging cell's colour says how fast: 1 − ρ is the fraction of the error
 * removed per step, and steps to shrink it 10⁶× ≈ 13.8/(1 − ρ)). [1e-4, 1] when nothing converges.
 */
export function legendDomain(rho: Float64Array): [number, number] {
  let lo = Infinity;
  let hi = 0;
  for (const r of rho)
    if (r < 1) {
      const gap = Math.max(1e-12, 1 - r);
      lo = Math.min(lo, gap);
      hi = Math.max(hi, gap);
    }
  if (!(lo <= hi)) return [1e-4, 1];
  const a = 10 ** Math.floor(Math.log10(lo) + 1e-9);
  const b = Math.min(1, 10 ** Math.ceil(Math.log10(hi) - 1e-9));
  return a < b ? [a, b] : [a, Math.min(1, a * 10)];
}

/** Where a converging ρ sits on the legend, 0 (slowest) … 1 (fastest); null if it diverges. */
export function legendPosition(rho: number, domain: readonly [number, number]): number | null {
  if (!(rho < 1)) return null;
  const [a, b] = domain;
  const t = Math.log(Math.max(1e-12, 1 - rho) / a) / Math.log(b / a);
  return Math.min(1, Math.max(0, t));
}

/** ρ = 1 − 10^e as a label: "0", "0.9", "0.999", then "1 − 10⁻⁴" once the nines get long. */
export function rhoTickLabel(e: number): string {
  if (e >= 0) return '0';
  if (e >= -3) return `0.${'9'.repeat(-e)}`;
  return `1 − 10${String(e)
    .replace('-', '⁻')
    .replace(/\d/g, (d) => '⁰¹²³⁴⁵⁶⁷⁸⁹'[Number(d)] ?? d)}`;
}

/**
 * The legend's ticks: decades of 1 − ρ in the domain, labelled by their ρ, every k-th decade so
 * that labels stay at least `minPx` apart on a bar `width` px wide (the fastest always shown).
 */
export function legendTicks(
  domain: readonly [number, number],
  width = Infinity,
  minPx = 48,
): { gap: number; rho: string }[] {
  const lo = Math.round(Math.log10(domain[0]));
  const hi = Math.round(Math.log10(domain[1]));
  const decades = Math.max(1, hi - lo);
  const every = Math.max(1, Math.ceil(minPx / (width / decades)));
  const out: { gap: number; rho: string }[] = [];
  for (let e = hi; e >= lo; e -= every) out.unshift({ gap: 10 ** e, rho: rhoTickLabel(e) });
  return out;
}

/** Polyak's optimal heavy ball for these eigenvalues, or null unless all are positive. */
export function optimalFor(eigenvalues: readonly number[]): OptimalPoint | null {
  if (eigenvalues.length === 0 || !eigenvalues.every((l) => l > 0 && Number.isFinite(l)))
    return null;
  return optimalHeavyBall(Math.min(...eigenvalues), Math.max(...eigenvalues));
}

/** A keyboard cursor on the map, in the map's own coordinates. */
export interface Cursor {
  readonly eta: number;
  readonly beta: number;
}

/** Keys that move the cursor: ←/→ one 50th of the η axis (log), ↓/↑ 0.01 in β; Shift ×10. */
export function moveCursor(
  c: Cursor,
  key: string,
  shift: boolean,
  etaRange: readonly [number, number],
): Cursor | null {
  const [lo, hi] = etaRange;
  const n = shift ? 10 : 1;
  const factor = (hi / lo) ** (n / 50);
  const eta = (f: number) => snapEta(Math.min(hi, Math.max(lo, c.eta * f)));
  switch (key) {
    case 'ArrowRight':
      return { eta: eta(factor), beta: c.beta };
    case 'ArrowLeft':
      return { eta: eta(1 / factor), beta: c.beta };
    case 'ArrowUp':
      return { eta: c.eta, beta: snapBeta(c.beta + 0.01 * n) };
    case 'ArrowDown':
      return { eta: c.eta, beta: snapBeta(c.beta - 0.01 * n) };
    default:
      return null;
  }
}

/** "rgb(12, 34, 56)" (what d3's interpolators return) as [r, g, b]; black if it is not one. */
export function parseRgb(css: string): [number, number, number] {
  const m = /rgb\(\s*(\d+),\s*(\d+),\s*(\d+)\s*\)/.exec(css);
  return m ? [Number(m[1]), Number(m[2]), Number(m[3])] : [0, 0, 0];
}

/** A box on the map that a label must keep clear of, px: [x0, y0, x1, y1]. */
export type Obstacle = readonly [number, number, number, number];

/** The box of a marker of radius `r` px centred at (x, y). */
export function markerBox(x: number, y: number, r: number): Obstacle {
  return [x - r, y - r, x + r, y + r];
}

/** Thickness of a limit label's rotated text, px (10 px type). */
const LABEL_THICKNESS = 12;
/** Clear space kept between a limit label and anything else on the map, px. */
const LABEL_GAP = 3;

/**
 * Where a limit's label goes: centred on one of a few heights (high first) along the curve, just
 * outside it (`side` 1: right of its rightmost point over the label's span, −1: left of its
 * leftmost), at the first height where its box (LABEL_THICKNESS wide, halfLength px either side
 * of its centre) keeps LABEL_GAP px clear of every obstacle (run markers, the optimum's star and
 * its word). The curve's points are [x, y] px, β rising from index 0.
 */
export function placeLimitLabel(
  curve: readonly (readonly [number, number])[],
  side: 1 | -1,
  obstacles: readonly Obstacle[],
  halfLength: number,
): { x: number; y: number } {
  const at = (cy: number) => {
    const xs = curve.filter(([, py]) => Math.abs(py - cy) <= halfLength).map(([px]) => px);
    const x = xs.length === 0 ? 0 : side > 0 ? Math.max(...xs) + 3 : Math.min(...xs) - 3;
    // The text stands on the outer side of x.
    const x0 = Math.min(x, x + side * LABEL_THICKNESS) - LABEL_GAP;
    const x1 = Math.max(x, x + side * LABEL_THICKNESS) + LABEL_GAP;
    const y0 = cy - halfLength - LABEL_GAP;
    const y1 = cy + halfLength + LABEL_GAP;
    const free = obstacles.every(
      ([ox0, oy0, ox1, oy1]) => ox1 < x0 || ox0 > x1 || oy1 < y0 || oy0 > y1,
    );
    return { x, y: cy, free };
  };
  const top = curve[curve.length - 1]?.[1] ?? 0;
  const bottom = curve[0]?.[1] ?? 0;
  const heights = [0.22, 0.36, 0.5, 0.72].map((f) => top + f * (bottom - top));
  const spots = heights.map(at);
  const first = spots.find((p) => p.free) ?? spots[0] ?? { x: 0, y: 0 };
  return { x: first.x, y: first.y };
}
