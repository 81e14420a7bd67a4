import type { Interval, Preset } from '../../core/presets';
import { contourSurface } from '../../workers/contours';
import {
  cachedModel,
  modelFrom,
  PERF,
  storeModel,
  surfaceLevels,
  type SurfaceModel,
} from './surfaceLevels';

export { GRID_LONG_SIDE } from '../../workers/contours';
export { bandColor, PERF, type SurfaceModel } from './surfaceLevels';

/**
 * The contoured surface of a loss over a window (default: its own view), computed here and now
 * (cached with what the contour worker answers). The plot itself never waits for this: it draws
 * a quick raster and asks the worker (useSurface); this is for exports and for a page without
 * workers. It pulls in d3-contour, so the first view's bundle does not import it.
 */
export function surfaceModel(
  preset: Preset,
  window: readonly Interval[] = preset.view,
): SurfaceModel {
  const lv = surfaceLevels(preset, window);
  const hit = cachedModel(lv.key);
  if (hit) return hit;
  const t0 = performance.now();
  const contoured = contourSurface(preset.loss, lv.window, lv.levels);
  const computeMs = performance.now() - t0;
  performance.measure(`${PERF.contours}:${preset.id}`, {
    start: t0,
    duration: computeMs,
    detail: { nx: contoured.nx, ny: contoured.ny, levels: lv.levels.length },
  });
  const model = modelFrom(lv, contoured, computeMs);
  storeModel(lv.key, model);
  return model;
}
