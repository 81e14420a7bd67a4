import { superscript } from '../../core/superscript';

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
  // Each y(i) is asked for once (the chart's y is a gap on a trajectory: 4 runs × 100000 steps).
  let last = -1;
  const add = (i: number, v: number) => {
    if (i === last || !Number.isFinite(v)) return;
    out.push({ i, v });
    last = i;
  };
  for (let start = 0; start < n; start += size) {
    const end = Math.min(n, start + size);
    if (size === 1) {
      add(start, y(start));
      continue;
    }
    let lo = -1;
    let hi = -1;
    let vlo = Infinity;
    let vhi = -Infinity;
    let first = NaN;
    let final = NaN;
    for (let i = start; i < end; i++) {
      const v = y(i);
      if (i === start) first = v;
      if (i === end - 1) final = v;
      if (!Number.isFinite(v)) continue;
      if (lo < 0 || v < vlo) {
        lo = i;
        vlo = v;
      }
      if (hi < 0 || v > vhi) {
        hi = i;
        vhi = v;
      }
    }
    if (lo < 0) continue;
    // First, min, max and last, in step order, each once.
    add(start, first);
    if (lo < hi) {
      add(lo, vlo);
      add(hi, vhi);
    } else {
      add(hi, vhi);
      add(lo, vlo);
    }
    add(end - 1, final);
  }
  return out;
}

/** One bin of a loss band: the step it is drawn at and the band's low and high gap there. */
export interface BandPoint {
  readonly i: number;
  readonly lo: number;
  readonly hi: number;
}

/**
 * A 10–90 % band of the loss as gaps above L*, over steps 0 … n−1, reduced to one point per bin
 * of `binSize` steps holding the bin's lowest q10 and highest q90 (so decimation never narrows
 * the band). Steps where either quantile is missing (NaN: no seed has a row) are skipped.
 */
export function bandSeries(
  q10: ArrayLike<number>,
  q90: ArrayLike<number>,
  n: number,
  lStar: number,
  binSize: number,
): BandPoint[] {
  const out: BandPoint[] = [];
  const size = Math.max(1, Math.floor(binSize));
  const end = Math.min(n, q10.length, q90.length);
  for (let start = 0; start < end; start += size) {
    let lo = Infinity;
    let hi = -Infinity;
    let at = -1;
    for (let i = start; i < Math.min(end, start + size); i++) {
      const a = lossGap(q10[i] ?? NaN, lStar);
      const b = lossGap(q90[i] ?? NaN, lStar);
      if (!Number.isFinite(a) || !Number.isFinite(b)) continue;
      if (at < 0) at = i;
      lo = Math.min(lo, a, b);
      hi = Math.max(hi, a, b);
    }
    if (at >= 0) out.push({ i: at, lo, hi });
  }
  return out;
}

/** A power of ten as an axis label: 100 → "10²", 1e-6 → "10⁻⁶", 1 → "1". */
export function decadeLabel(v: number): string {
  const e = Math.round(Math.log10(v));
  if (e === 0) return '1';
  return `10${superscript(e)}`;
}
