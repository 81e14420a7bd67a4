import type { Interval } from '../core/presets';
import { shownRow, type Trajectory } from '../core/trajectory';
import { MAX_VIEW } from '../state/settings';

/** The data window: one [min, max] interval per axis (x, then y). */
export type ViewWindow = readonly Interval[];

/** Narrowest span a window may have, relative to where it is: past this, float64 runs out. */
const MIN_RELATIVE_SPAN = 1e-9;

/** Rounds a window edge to 4 significant digits of the span, so links read "−3.2,4.1", not noise. */
function tidy(v: number, span: number): number {
  if (!(span > 0)) return v;
  const unit = 10 ** (Math.floor(Math.log10(span)) - 3);
  const r = Math.round(v / unit) * unit;
  return Number(r.toPrecision(12)) + 0;
}

/** A valid window from raw intervals: finite, ordered, within ±MAX_VIEW, not absurdly narrow. */
export function clampWindow(window: ViewWindow): ViewWindow {
  return window.map(([lo, hi]) => {
    let a = Math.max(-MAX_VIEW, Math.min(MAX_VIEW, lo));
    let b = Math.max(-MAX_VIEW, Math.min(MAX_VIEW, hi));
    const mid = (a + b) / 2;
    const min = Math.max(MIN_RELATIVE_SPAN * Math.max(1, Math.abs(mid)), 1e-12);
    if (!(b - a >= min)) {
      a = mid - min / 2;
      b = mid + min / 2;
    }
    const span = b - a;
    return [tidy(a, span), tidy(b, span)] as Interval;
  });
}

/**
 * The window that holds every run's path from w₀ to the step on screen, plus w₀ itself, with a
 * margin of `margin` of the span on each side. A single point gets a window of ±1 around it.
 */
export function fitWindow(
  runs: readonly Trajectory[],
  w0: readonly number[],
  step: number,
  margin = 0.08,
): ViewWindow {
  const dim = w0.length;
  const lo = w0.map((v) => v);
  const hi = w0.map((v) => v);
  for (const run of runs) {
    if (run.length === 0) continue;
    const last = shownRow(run, step);
    for (let t = 0; t <= last; t++)
      for (let i = 0; i < dim; i++) {
        const v = run.w[t * dim + i] ?? NaN;
        if (!Number.isFinite(v)) continue;
        if (v < (lo[i] ?? v)) lo[i] = v;
        if (v > (hi[i] ?? v)) hi[i] = v;
      }
  }
  return clampWindow(
    lo.map((a, i) => {
      const b = hi[i] ?? a;
      const span = b - a;
      const pad = span > 0 ? span * margin : Math.max(1, Math.abs(a) * 0.1);
      return [a - pad, b + pad] as Interval;
    }),
  );
}

/**
 * Zooms the window about a data point: `factor` < 1 zooms in, > 1 out; the point under the
 * pointer stays under the pointer.
 */
export function zoomWindow(
  window: ViewWindow,
  center: readonly number[],
  factor: number,
): ViewWindow {
  return clampWindow(
    window.map(([a, b], i) => {
      const c = center[i] ?? (a + b) / 2;
      return [c + (a - c) * factor, c + (b - c) * factor] as Interval;
    }),
  );
}

/** Moves the window by `delta` data units per axis (a drag moves the picture with the pointer). */
export function panWindow(window: ViewWindow, delta: readonly number[]): ViewWindow {
  return clampWindow(
    window.map(([a, b], i) => [a + (delta[i] ?? 0), b + (delta[i] ?? 0)] as Interval),
  );
}

/** Zoom factor of one wheel event: 1.15 per notch (100 px of deltaY), out for positive deltaY. */
export function wheelFactor(deltaY: number, deltaMode: number): number {
  const px = deltaMode === 1 ? deltaY * 33 : deltaMode === 2 ? deltaY * 400 : deltaY;
  return Math.pow(1.15, Math.max(-5, Math.min(5, px / 100)));
}

/**
 * Where a point outside the window meets its edge, for an edge marker pointing at it; null when
 * the point is inside. Returns the clamped point and the unit direction towards the point.
 */
export function edgeMarker(
  window: ViewWindow,
  point: readonly number[],
): { at: number[]; dir: number[] } | null {
  let outside = false;
  const at = point.map((v, i) => {
    const [a, b] = window[i] ?? [v, v];
    if (v < a || v > b || !Number.isFinite(v)) outside = true;
    return Math.min(b, Math.max(a, Number.isFinite(v) ? v : v > 0 ? b : a));
  });
  if (!outside) return null;
  const d = point.map((v, i) => (Number.isFinite(v) ? v - (at[i] ?? 0) : Math.sign(v)));
  const n = Math.hypot(...d) || 1;
  return { at, dir: d.map((v) => v / n) };
}
