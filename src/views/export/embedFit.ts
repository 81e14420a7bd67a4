/**
 * How wide the embedded plot may be so that it is no taller than the room the iframe leaves it.
 * The plots size themselves from their width: the 2D surface is equal-scale (height = width ×
 * y-span / x-span, inside fixed margins), the 1D curve is 0.58 × its width tall (260 … 520 px).
 * These constants mirror LossSurface2D's MARGIN and LossCurve1D's height rule.
 */
export const SURFACE_MARGIN_X = 48 + 16;
export const SURFACE_MARGIN_Y = 12 + 86;
/** LossSurface2D's MAX_AREA_HEIGHT. */
export const SURFACE_MAX_AREA = 540;
export const CURVE_ASPECT = 0.58;
export const CURVE_MIN_HEIGHT = 260;
/** Narrowest plot worth drawing, px. */
export const MIN_PLOT_WIDTH = 160;

/** What the fit depends on. */
export interface FitInput {
  readonly dim: 1 | 2;
  /** Height the plot may take, px. */
  readonly room: number;
  /** Width available, px. */
  readonly width: number;
  /** The view's x-span and y-span (2D). */
  readonly spanX: number;
  readonly spanY: number;
}

/** The plot's width so its height fits `room` (never wider than `width`, never under 160 px). */
export function fitPlotWidth({ dim, room, width, spanX, spanY }: FitInput): number {
  if (!(width > 0)) return 0;
  let w: number;
  if (dim === 2) {
    const area = Math.min(SURFACE_MAX_AREA, room - SURFACE_MARGIN_Y);
    w = spanX > 0 && spanY > 0 ? (area * spanX) / spanY + SURFACE_MARGIN_X : width;
  } else {
    // Below the curve's minimum height no width helps: any width up to this gives that minimum.
    w = Math.max(CURVE_MIN_HEIGHT, room) / CURVE_ASPECT;
  }
  return Math.floor(Math.max(Math.min(MIN_PLOT_WIDTH, width), Math.min(width, w)));
}
