/**
 * Contour levels for a loss surface. Losses span many orders of magnitude (Beale reaches 10⁵ at
 * the corners of its view while its valley floor is below 1), so evenly spaced levels would put
 * every line in the steep walls and leave the interesting floor one flat colour. Instead the
 * levels are evenly spaced in log(L − L_min): each band holds a constant *ratio* of height above
 * the lowest sample, which shows Rosenbrock's curved valley and Beale's plateau alike.
 */

/** Rounds x to `digits` significant digits (so legend labels read "0.25", not "0.2487…"). */
export function roundSignificant(x: number, digits: number): number {
  if (x === 0 || !Number.isFinite(x)) return x;
  // toPrecision rounds in decimal, so 123456 → 120000 exactly (x·p/p would give 120000.00000000001).
  return Number(x.toPrecision(Math.min(21, Math.max(1, Math.floor(digits)))));
}

/**
 * The finite values in increasing order: a sorted copy, NaN and ±∞ dropped. A typed array sorts
 * numerically in native code without a comparator callback (~10× faster on a 240×240 grid) and
 * puts NaN last, so no loop of this module's own touches every value: the first render runs this
 * cold, where such a loop costs milliseconds.
 */
export function sortedFinite(values: ArrayLike<number>): Float64Array {
  const sorted = (
    values instanceof Float64Array ? values.slice() : Float64Array.from(values)
  ).sort();
  let lo = 0;
  while (lo < sorted.length && sorted[lo] === -Infinity) lo++;
  let hi = sorted.length;
  while (hi > lo && !Number.isFinite(sorted[hi - 1] ?? NaN)) hi--;
  return sorted.subarray(lo, hi);
}

/** The q-quantile (0 ≤ q ≤ 1) of values sorted increasingly, interpolated; NaN when empty. */
export function quantileOfSorted(sorted: Float64Array, q: number): number {
  const n = sorted.length;
  if (n === 0) return NaN;
  const pos = Math.min(1, Math.max(0, q)) * (n - 1);
  const lo = Math.floor(pos);
  const a = sorted[lo] ?? NaN;
  const b = sorted[Math.min(lo + 1, n - 1)] ?? a;
  return a + (b - a) * (pos - lo);
}

/** Options for {@link logLevels}. */
export interface LevelOptions {
  /** How many levels, including the lowest (which is the minimum itself). Default 22. */
  readonly count?: number;
  /**
   * Height above the minimum of the first level after it, as a quantile of the sampled heights
   * L − L_min. Default 0.01: the lowest band covers about one percent of the grid.
   */
  readonly floorQuantile?: number;
  /** Significant digits levels are rounded to. Default 2. */
  readonly digits?: number;
}

/**
 * Strictly increasing contour levels for sampled losses: levels[0] = L_min, then L_min + h_k with
 * h_k spaced geometrically from a low quantile of the heights up to (just below) L_max − L_min,
 * each h_k rounded to a few significant digits. Returns [] when nothing is finite and [L_min] for a flat
 * surface. Units: the loss's own units.
 */
export function logLevels(values: ArrayLike<number>, options: LevelOptions = {}): number[] {
  const count = Math.max(2, Math.floor(options.count ?? 22));
  const digits = options.digits ?? 2;
  const sorted = sortedFinite(values);
  const min = sorted[0] ?? NaN;
  const max = sorted[sorted.length - 1] ?? NaN;
  if (!(min <= max)) return [];
  const span = max - min;
  if (!(span > 0)) return [min];
  // The lowest level above the floor: a low quantile of the heights L − L_min, but never so
  // small that the ratio top/bottom exceeds 1e9 (levels would be wasted on float noise).
  const low = Math.max(quantileOfSorted(sorted, options.floorQuantile ?? 0.01) - min, span * 1e-9);
  const high = span * 0.98;
  const levels = [min];
  const steps = count - 1;
  for (let k = 0; k < steps; k++) {
    const h = steps === 1 ? low : low * Math.pow(high / low, k / (steps - 1));
    // Round the height, not the level, so a surface whose minimum is far from 0 keeps its bands.
    const level = min + roundSignificant(h, digits);
    // Rounding can merge neighbours or fall to the minimum: keep levels strictly increasing.
    const prev = levels[levels.length - 1] ?? min;
    if (level > prev && level < max) levels.push(level);
  }
  return levels;
}
