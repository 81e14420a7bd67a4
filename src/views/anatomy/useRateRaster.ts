import { useEffect, useMemo, useRef } from 'react';
import { interpolateYlGnBu } from 'd3-scale-chromatic';
import { rateMap, type RateRule } from '../../core/rateMap';
import { legendDomain, legendPosition, MAP_BETA_RANGE, parseRgb } from './rateMapModel';

/** A legend position 0 (slowest) … 1 (fastest) as a CSS colour: pale yellow to deep blue. */
export function rateColor(t: number): string {
  return interpolateYlGnBu(0.12 + 0.88 * Math.min(1, Math.max(0, t)));
}

/** The colour ramp as 256 RGB entries, for writing pixels. */
const RAMP: readonly (readonly [number, number, number])[] = Array.from({ length: 256 }, (_, k) =>
  parseRgb(rateColor(k / 255)),
);

/**
 * The rate map as pixels: ρ at every cell centre (core rateMap, cols × rows, one cell per few
 * screen pixels), painted into a canvas of cols × rows pixels that CSS stretches over the data
 * area. Cells that converge take the legend's colour; those that do not stay transparent (the
 * plot hatches that region from the same boundary function). Returns the canvas ref, ρ and the
 * legend's domain.
 */
export function useRateRaster(
  eigenvalues: readonly number[],
  etaRange: readonly [number, number],
  rule: RateRule,
  cols: number,
  rows: number,
) {
  const [lo, hi] = etaRange;
  const rho = useMemo(
    () => rateMap(eigenvalues, [lo, hi], MAP_BETA_RANGE, cols, rows, rule),
    [eigenvalues, lo, hi, rule, cols, rows],
  );
  const domain = useMemo(() => legendDomain(rho), [rho]);
  const canvas = useRef<HTMLCanvasElement>(null);
  useEffect(() => {
    const ctx = canvas.current?.getContext('2d');
    if (!ctx) return;
    const img = ctx.createImageData(cols, rows);
    for (let j = 0; j < rows; j++) {
      // Row 0 of the map is the smallest β, drawn at the bottom.
      const line = (rows - 1 - j) * cols;
      for (let i = 0; i < cols; i++) {
        const t = legendPosition(rho[j * cols + i] ?? NaN, domain);
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
  }, [rho, domain, cols, rows]);
  return { canvas, rho, domain };
}
