import type { Interval } from './presets';
import type { Vec } from './vector';

/**
 * A loss sampled on a regular nx × ny grid over a rectangle of parameter space, laid out the way
 * d3-contour reads it: row-major, row 0 at the TOP (largest y), so that grid coordinates map to
 * screen coordinates without flipping. Sample (i, j) sits at the centre of its cell:
 * x_i = x0 + (i + ½)·dx, y_j = y1 − (j + ½)·dy, where dx = (x1 − x0)/nx and dy = (y1 − y0)/ny.
 * A contour point (gx, gy) in grid units (0 … nx, 0 … ny) is therefore the data point
 * (x0 + gx·dx, y1 − gy·dy).
 */
export interface Grid {
  /** Columns (samples along x). */
  readonly nx: number;
  /** Rows (samples along y). */
  readonly ny: number;
  /** The rectangle sampled, in data units: [x0, x1] and [y0, y1]. */
  readonly x: Interval;
  readonly y: Interval;
  /** L at each sample, index j·nx + i. Non-finite losses are stored as NaN. */
  readonly values: Float64Array;
  /** Smallest and largest finite sampled loss (NaN when none is finite). */
  readonly min: number;
  readonly max: number;
}

/** The x coordinate (data units) of column i's sample. */
export function gridX(grid: Grid, i: number): number {
  const [x0, x1] = grid.x;
  return x0 + ((i + 0.5) * (x1 - x0)) / grid.nx;
}

/** The y coordinate (data units) of row j's sample (row 0 is the top, largest y). */
export function gridY(grid: Grid, j: number): number {
  const [y0, y1] = grid.y;
  return y1 - ((j + 0.5) * (y1 - y0)) / grid.ny;
}

/**
 * Grid dimensions for a rectangle so that cells are square (same data length along x and y) and
 * the longer side has `longSide` samples. Each side gets at least 2 samples.
 */
export function gridShape(x: Interval, y: Interval, longSide: number): [number, number] {
  const w = Math.abs(x[1] - x[0]);
  const h = Math.abs(y[1] - y[0]);
  const n = Math.max(2, Math.floor(longSide));
  if (!(w > 0 && h > 0)) return [n, n];
  return w >= h
    ? [n, Math.max(2, Math.round((n * h) / w))]
    : [Math.max(2, Math.round((n * w) / h)), n];
}

/** Samples L over the rectangle x × y on an nx × ny grid (see {@link Grid} for the layout). */
export function sampleGrid(
  loss: (w: Vec) => number,
  x: Interval,
  y: Interval,
  nx: number,
  ny: number,
): Grid {
  const cols = Math.max(1, Math.floor(nx));
  const rows = Math.max(1, Math.floor(ny));
  const values = new Float64Array(cols * rows);
  const grid = { nx: cols, ny: rows, x, y, values, min: NaN, max: NaN };
  let min = Infinity;
  let max = -Infinity;
  // The columns' x once, not per sample: this runs cold (unoptimized) in the first render, where
  // gridX's destructuring per call cost more than the loss itself.
  const xs = new Float64Array(cols);
  for (let i = 0; i < cols; i++) xs[i] = gridX(grid, i);
  // One reusable point: the presets read w[0], w[1] and keep no reference to it.
  const w = [0, 0];
  for (let j = 0; j < rows; j++) {
    w[1] = gridY(grid, j);
    for (let i = 0; i < cols; i++) {
      w[0] = xs[i] ?? NaN;
      const l = loss(w);
      if (Number.isFinite(l)) {
        values[j * cols + i] = l;
        if (l < min) min = l;
        if (l > max) max = l;
      } else {
        values[j * cols + i] = NaN;
      }
    }
  }
  return min <= max ? { ...grid, min, max } : grid;
}
