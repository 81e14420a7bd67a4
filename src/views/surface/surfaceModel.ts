import { contours, type ContourMultiPolygon } from 'd3-contour';
import { interpolateViridis } from 'd3-scale-chromatic';
import { gridShape, sampleGrid, type Grid } from '../../core/grid';
import { logLevels } from '../../core/levels';
import type { Interval, Preset } from '../../core/presets';

/**
 * Samples along the longer side of the view. Cells are square in data units, so the ravine gets
 * 240 × 120. Contours are smoothed (linear interpolation), so this is plenty for a plot up to
 * ~1000 px wide; see `npm run bench` for what it costs.
 */
export const GRID_LONG_SIDE = 240;

/** Performance-timeline names the benchmark reads (bench/run.mjs). */
export const PERF = {
  contours: 'heavy-ball:contours',
  drawSurface: 'heavy-ball:draw-surface',
  drawTrajectories: 'heavy-ball:draw-trajectories',
} as const;

/** Everything drawn of the surface itself, in grid coordinates (see core/grid for the layout). */
export interface SurfaceModel {
  readonly presetId: string;
  readonly grid: Grid;
  /** Contour levels in loss units, increasing; levels[0] is the lowest sampled loss. */
  readonly levels: readonly number[];
  /** One filled region per level: where L ≥ levels[k] (d3-contour), in grid units. */
  readonly bands: readonly ContourMultiPolygon[];
  /** Fill colour of band k (between levels[k] and levels[k+1]). */
  readonly colors: readonly string[];
  /** Milliseconds the sampling and contouring took (performance.now), for the benchmark. */
  readonly computeMs: number;
}

/** Band colour: viridis, dark at the lowest loss, so valleys read as low. */
export function bandColor(k: number, count: number): string {
  return interpolateViridis(count > 1 ? k / (count - 1) : 0);
}

// The surface depends on the loss and the window alone (not on plot size, step or sliders):
// cache it for the session, so switching presets back and forth or resizing never recomputes it.
const cache = new Map<string, SurfaceModel>();
const CACHE_LIMIT = 24;
const UNIT: Interval = [-1, 1];

/** The cache key of a loss over a window: a custom loss is known by its formula. */
function modelKey(preset: Preset, window: readonly Interval[]): string {
  return `${preset.id === 'custom' ? preset.text : preset.id}|${window.flat().join(',')}`;
}

/** Samples the loss over a window (default: its own view) and contours it at log-spaced levels (cached). */
export function surfaceModel(
  preset: Preset,
  window: readonly Interval[] = preset.view,
): SurfaceModel {
  const key = modelKey(preset, window);
  const hit = cache.get(key);
  if (hit) return hit;
  const vx = window[0] ?? UNIT;
  const vy = window[1] ?? UNIT;
  const t0 = performance.now();
  const [nx, ny] = gridShape(vx, vy, GRID_LONG_SIDE);
  const grid = sampleGrid(preset.loss, vx, vy, nx, ny);
  const levels = logLevels(grid.values);
  const bands = contours().size([nx, ny]).thresholds(levels)(Array.from(grid.values));
  const computeMs = performance.now() - t0;
  performance.measure(`${PERF.contours}:${preset.id}`, {
    start: t0,
    duration: computeMs,
    detail: { nx, ny, levels: levels.length },
  });
  const model: SurfaceModel = {
    presetId: preset.id,
    grid,
    levels,
    bands,
    colors: levels.map((_, k) => bandColor(k, levels.length)),
    computeMs,
  };
  if (cache.size >= CACHE_LIMIT) cache.delete(cache.keys().next().value ?? '');
  cache.set(key, model);
  return model;
}
