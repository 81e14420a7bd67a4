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

/** The q-quantile (0 ≤ q ≤ 1) of the finite values, by sorting a copy; NaN when none are finite. */
export function quantile(values: ArrayLike<number>, q: number): number {
  const finite = new Float64Array(values.length);
  let n = 0;
  for (let i = 0; i < values.length; i++) {
    const v = values[i] ?? NaN;
    if (Number.isFinite(v)) finite[n++] = v;
  }
  if (n === 0) return NaN;
  // A typed array sorts numerically without a comparator callback: ~10× faster on a 240×240 grid.
  const sorted = finite.subarray(0, n).sort();
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
  let min = Infinity;
  let max = -Infinity;
  for (let i = 0; i < values.length; i++) {
    const v = values[i] ?? NaN;
    if (!Number.isFinite(v)) continue;
    if (v < min) min = v;
    if (v > max) max = v;
  }
  if (!(min <= max)) return [];
  const span = max - min;
  if (!(span > 0)) return [min];
  // The lowest level above the floor: a low quantile of the heights L − L_min, but never so
  // small that the ratio top/bottom exceeds 1e9 (levels would be wasted on float noise).
  const low = Math.max(quantile(values, options.floorQuantile ?? 0.01) - min, span * 1e-9);
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
