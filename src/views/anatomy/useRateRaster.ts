import { useEffect, useRef, useState } from 'react';
import { interpolateYlGnBu } from 'd3-scale-chromatic';
import { rateMap, type RateRule } from '../../core/rateMap';
import { sliceBudget, whenIdle, type IdleDeadline } from '../../state/schedule';
import { legendDomain, legendPosition, MAP_BETA_RANGE, parseRgb } from './rateMapModel';

/** A legend position 0 (slowest) … 1 (fastest) as a CSS colour: pale yellow to deep blue. */
export function rateColor(t: number): string {
  return interpolateYlGnBu(0.12 + 0.88 * Math.min(1, Math.max(0, t)));
}

/** The colour ramp as 256 RGB entries, for writing pixels. */
const RAMP: readonly (readonly [number, number, number])[] = Array.from({ length: 256 }, (_, k) =>
  parseRgb(rateColor(k / 255)),
);

/** Longest slice of the map computed per idle callback, ms. */
const SLICE_MS = 8;
/** Each slice runs at the latest this long after the last, idle or not (ms). */
const SLICE_TIMEOUT_MS = 100;
/** Rows computed between two looks at the clock. */
const ROWS_PER_CHECK = 4;

/** A computed map: ρ per cell (core rateMap's layout), its grid, and the legend's domain. */
export interface RateRaster {
  readonly rho: Float64Array;
  readonly cols: number;
  readonly rows: number;
  readonly domain: [number, number];
}

/** The last maps computed, by what they map (not their grid size): at most MAPS_KEPT. */
const computed = new Map<string, RateRaster>();
const MAPS_KEPT = 8;

function mapKey(eigenvalues: readonly number[], lo: number, hi: number, rule: RateRule): string {
  return `${eigenvalues.join(',')}|${lo}|${hi}|${rule}`;
}

/**
 * Whether this page has computed a whole map yet. Only a first map is slow (15–50 ms of cold
 * code); once warm, a map is 3–5 ms (185 × 88 cells, Node), done at once so the shading never
 * lags the limits drawn over it (the Theory panel follows the step, and its curvature with it).
 */
let warm = false;

/** The whole map at once, kept. */
function computeNow(
  key: string,
  eigenvalues: readonly number[],
  lo: number,
  hi: number,
  rule: RateRule,
  cols: number,
  rows: number,
): RateRaster {
  const rho = rateMap(eigenvalues, [lo, hi], MAP_BETA_RANGE, cols, rows, rule);
  const done = { rho, cols, rows, domain: legendDomain(rho) };
  keep(key, done);
  return done;
}

function keep(key: string, raster: RateRaster): void {
  warm = true;
  computed.delete(key);
  computed.set(key, raster);
  for (const old of computed.keys()) {
    if (computed.size <= MAPS_KEPT) break;
    computed.delete(old);
  }
}

/**
 * The rate map as pixels: ρ at every cell centre (core rateMap, cols × rows, one cell per few
 * screen pixels), painted into a canvas of cols × rows pixels that CSS stretches over the data
 * area. Cells that converge take the legend's colour; those that do not stay transparent (the
 * plot hatches that region from the same boundary function).
 *
 * A page's first map is computed a few rows at a time in idle time (15–50 ms of cold code,
 * profiled on a cloud link's load, where it made the panel's mount a long task); until it is
 * whole `raster` is null. Later maps (a new curvature as the step moves, another grid) are
 * computed at once in the render that asks for them, and a map computed before (the panel
 * mounted again, e.g. for a capture or printing) is taken from the last MAPS_KEPT.
 */
export function useRateRaster(
  eigenvalues: readonly number[],
  etaRange: readonly [number, number],
  rule: RateRule,
  cols: number,
  rows: number,
) {
  const [lo, hi] = etaRange;
  const key = mapKey(eigenvalues, lo, hi, rule);
  const [last, setLast] = useState<RateRaster | null>(null);
  const known = computed.get(key);
  // This map: as computed before (maybe on another grid while a cold page computes the first),
  // at once if the code is warm, else the last map this hook computed.
  const raster =
    (known?.cols === cols && known.rows === rows) || !warm
      ? (known ?? last)
      : computeNow(key, eigenvalues, lo, hi, rule, cols, rows);
  useEffect(() => {
    const known = computed.get(key);
    if (known?.cols === cols && known.rows === rows) return;
    const rho = new Float64Array(cols * rows);
    let row = 0;
    let cancel = () => {};
    const slice = (deadline: IdleDeadline) => {
      const end = performance.now() + sliceBudget(deadline, SLICE_MS);
      // At least one chunk a slice: a short idle period still moves the map on.
      for (let first = true; row < rows && (first || performance.now() < end); first = false) {
        const to = Math.min(rows, row + ROWS_PER_CHECK);
        rateMap(eigenvalues, [lo, hi], MAP_BETA_RANGE, cols, rows, rule, rho, row, to);
        row = to;
      }
      if (row < rows) cancel = whenIdle(slice, SLICE_TIMEOUT_MS);
      else {
        const done = { rho, cols, rows, domain: legendDomain(rho) };
        keep(key, done);
        setLast(done);
      }
    };
    cancel = whenIdle(slice, SLICE_TIMEOUT_MS);
    return () => cancel();
  }, [key, eigenvalues, lo, hi, rule, cols, rows]);

  const canvas = useRef<HTMLCanvasElement>(null);
  useEffect(() => {
    const el = canvas.current;
    const ctx = el?.getContext('2d');
    if (!el || !ctx || !raster) return;
    const { rho, cols: w, rows: h, domain } = raster;
    const img = ctx.createImageData(w, h);
    for (let j = 0; j < h; j++) {
      // Row 0 of the map is the smallest β, drawn at the bottom.
      const line = (h - 1 - j) * w;
      for (let i = 0; i < w; i++) {
        const t = legendPosition(rho[j * w + i] ?? NaN, domain);
        if (t === null) continue;
        const [r, g, b] = RAMP[Math.round(t * 255)] ?? [0, 0, 0];
        const p = 4 * (line + i);
        img.data[p] = r;
        img.data[p + 1] = g;
        img.data[p + 2] = b;
        img.data[p + 3] = 255;
      }
    }
    ctx.putImageData(img, 0, 0);
    // For tests: the cells on the canvas are a whole map.
    el.dataset.drawn = 'true';
  }, [raster]);
  return { canvas, raster };
}
