/**
 * The loss chart's y quantity. Losses can be negative (double-well reaches −3.5) and span many
 * decades near a minimum, so the chart plots the gap L(w_t) − L* above the lowest known minimum
 * L* on a log scale: a run settling into a worse local minimum shows as a flat line at its gap,
 * one converging to the global minimum dives. The gap is floored at a tiny ε so 0 and rounding
 * noise (L slightly below L*) stay on the chart.
 */
export function lossFloor(lStar: number): number {
  return 1e-15 * Math.max(1, Math.abs(lStar));
}

/** L* for the chart: the lowest loss among the known minima, or else the lowest loss seen. */
export function referenceLoss(minimaLosses: readonly number[], seen: () => number): number {
  const finite = minimaLosses.filter(Number.isFinite);
  return finite.length > 0 ? Math.min(...finite) : seen();
}

/** The plotted value: max(L − L*, ε). Non-finite losses come back as NaN for the caller to skip. */
export function lossGap(loss: number, lStar: number): number {
  if (!Number.isFinite(loss)) return NaN;
  return Math.max(loss - lStar, lossFloor(lStar));
}

/**
 * Reduces a series y[0 … n−1] (x = index) to at most ~2 points per bin of `binSize` steps: the
 * first, min, max and last of each bin in step order, so a 100000-step line still draws its
 * envelope with a few thousand points.
 */
export function decimate(
  n: number,
  y: (i: number) => number,
  binSize: number,
): { i: number; v: number }[] {
  const out: { i: number; v: number }[] = [];
  const size = Math.max(1, Math.floor(binSize));
  for (let start = 0; start < n; start += size) {
    const end = Math.min(n, start + size);
    if (size === 1) {
      const v = y(start);
      if (Number.isFinite(v)) out.push({ i: start, v });
      continue;
    }
    let lo = -1;
    let hi = -1;
    for (let i = start; i < end; i++) {
      const v = y(i);
      if (!Number.isFinite(v)) continue;
      if (lo < 0 || v < y(lo)) lo = i;
      if (hi < 0 || v > y(hi)) hi = i;
    }
    if (lo < 0) continue;
    const idx = [...new Set([start, lo, hi, end - 1])]
      .filter((i) => Number.isFinite(y(i)))
      .sort((a, b) => a - b);
    for (const i of idx) out.push({ i, v: y(i) });
  }
  return out;
}
