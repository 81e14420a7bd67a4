import { contours, type ContourMultiPolygon } from 'd3-contour';
import { gridShape, sampleGrid } from '../core/grid';
import type { Interval } from '../core/presets';
import type { Vec } from '../core/vector';
import type { FlatBand } from './contourProtocol';

/**
 * Samples along the longer side of the window for the contours. Cells are square in data units,
 * so the ravine gets 240 × 120. Contours are smoothed (linear interpolation), so this is plenty
 * for a plot up to ~1000 px wide; see `npm run bench` for what it costs.
 */
export const GRID_LONG_SIDE = 240;

/** Packs a d3 multipolygon's rings into two typed arrays (transferable, no nested arrays). */
export function flattenBand(band: ContourMultiPolygon): FlatBand {
  let points = 0;
  let count = 0;
  for (const polygon of band.coordinates)
    for (const ring of polygon) {
      points += ring.length;
      count++;
    }
  const coords = new Float64Array(2 * points);
  const rings = new Uint32Array(count + 1);
  let p = 0;
  let r = 0;
  for (const polygon of band.coordinates)
    for (const ring of polygon) {
      rings[r++] = p;
      for (const [x = 0, y = 0] of ring) {
        coords[2 * p] = x;
        coords[2 * p + 1] = y;
        p++;
      }
    }
  rings[r] = p;
  return { coords, rings };
}

/** The filled bands of a loss over a window, in grid units of an nx × ny grid. */
export interface Contoured {
  readonly nx: number;
  readonly ny: number;
  readonly bands: readonly FlatBand[];
}

/**
 * Samples the loss on the fine grid of the window and contours it at `levels` (from the quick
 * grid, so the colours match the raster drawn before). The lowest threshold is lowered to the
 * fine grid's minimum: band 0 then covers every finite sample, as the quick raster does.
 */
export function contourSurface(
  loss: (w: Vec) => number,
  window: readonly [Interval, Interval],
  levels: readonly number[],
): Contoured {
  const [vx, vy] = window;
  const [nx, ny] = gridShape(vx, vy, GRID_LONG_SIDE);
  const grid = sampleGrid(loss, vx, vy, nx, ny);
  const thresholds = [...levels];
  if (thresholds.length > 0 && grid.min < (thresholds[0] ?? Infinity)) thresholds[0] = grid.min;
  const bands = contours().size([nx, ny]).thresholds(thresholds)(Array.from(grid.values));
  return { nx, ny, bands: bands.map(flattenBand) };
}
