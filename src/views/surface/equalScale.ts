import type { Interval } from '../../core/presets';

/**
 * The data ↔ screen mapping of the loss surface: one unit of x is exactly as many pixels as one
 * unit of y (so gradients stand perpendicular to contour lines), and the data area shows exactly
 * the view rectangle, no more. Screen y grows downwards, data y upwards.
 */
export interface EqualScale {
  /** Size of the data area in CSS px; width / height equals the view's x-span / y-span. */
  readonly width: number;
  readonly height: number;
  /** Pixels per data unit, the same along both axes. */
  readonly pxPerUnit: number;
  /** The view shown: [x0, x1] left to right, [y0, y1] bottom to top. */
  readonly x: Interval;
  readonly y: Interval;
  /** Data → screen px, relative to the data area's top-left corner. */
  readonly toScreen: (x: number, y: number) => [number, number];
  /** Screen px (relative to the data area's top-left corner) → data. */
  readonly toData: (px: number, py: number) => [number, number];
}

/**
 * The largest equal-scale data area for the view x × y that fits in maxWidth × maxHeight CSS px.
 * Degenerate input (non-positive spans or room) gives a zero-sized area that maps everything to 0.
 */
export function equalScale(
  x: Interval,
  y: Interval,
  maxWidth: number,
  maxHeight: number,
): EqualScale {
  const [x0, x1] = x;
  const [y0, y1] = y;
  const spanX = x1 - x0;
  const spanY = y1 - y0;
  const ok = spanX > 0 && spanY > 0 && maxWidth > 0 && maxHeight > 0;
  const k = ok ? Math.min(maxWidth / spanX, maxHeight / spanY) : 0;
  return {
    width: spanX * k,
    height: spanY * k,
    pxPerUnit: k,
    x,
    y,
    toScreen: (dx, dy) => [(dx - x0) * k, (y1 - dy) * k],
    toData: (px, py) => (k > 0 ? [x0 + px / k, y1 - py / k] : [x0, y1]),
  };
}
