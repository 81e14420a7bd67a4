import type { Interval, Preset } from '../../core/presets';
import { drawSurface } from '../surface/drawSurface';
import { surfaceModel } from '../surface/surfaceModel';

/** Device pixels per CSS px of the embedded contour image: sharp in a 2× PNG. */
export const SURFACE_IMAGE_SCALE = 2;
/** The contour lines' colour on the fill, as on screen. */
const CONTOUR_LINE = 'rgba(0, 0, 0, 0.28)';

/** The filled contour map of the loss over the window, as a PNG data: URL, as on screen. */
export function surfaceDataUrl(
  problem: Preset,
  window: readonly Interval[],
  width: number,
  height: number,
  scale = SURFACE_IMAGE_SCALE,
): string {
  const canvas = document.createElement('canvas');
  canvas.width = Math.max(1, Math.round(width * scale));
  canvas.height = Math.max(1, Math.round(height * scale));
  const ctx = canvas.getContext('2d');
  if (!ctx) return '';
  drawSurface(ctx, surfaceModel(problem, window), width, height, scale, CONTOUR_LINE);
  return canvas.toDataURL('image/png');
}
