import { viridis } from './viridis';
import { gridShape, sampleGrid, type Grid } from '../../core/grid';
import { logLevels } from '../../core/levels';
import type { Interval, Preset } from '../../core/presets';
import type { FlatBand } from '../../workers/contourProtocol';

/** Performance-timeline names the benchmark reads (bench/*.mjs). */
export const PERF = {
  contours: 'heavy-ball:contours',
  drawSurface: 'heavy-ball:draw-surface',
  drawTrajectories: 'heavy-ball:draw-trajectories',
} as const;

/**
 * Samples along the longer side of the window for the quick picture and the levels: a quarter
 * of the contour grid's samples, so it costs a few ms on the main thread, even per pan frame.
 */
export const QUICK_LONG_SIDE = 120;

/** A window of a loss, sampled coarsely: what the quick raster and the colour legend need. */
export interface SurfaceLevels {
  /** Identifies the loss and window (a custom loss by its formula). */
  readonly key: string;
  readonly presetId: string;
  readonly window: readonly [Interval, Interval];
  /** The quick grid (see core/grid for the layout). */
  readonly grid: Grid;
  /** Contour levels in loss units, increasing; levels[0] is the lowest sampled loss. */
  readonly levels: readonly number[];
  /** Fill colour of band k (between levels[k] and levels[k+1]), as CSS. */
  readonly colors: readonly string[];
  /** The same colours as r, g, b bytes, three per band, for the raster. */
  readonly rgb: Uint8Array;
}

/** The contoured surface, in grid units of an nx × ny grid (see drawSurface). */
export interface SurfaceModel {
  readonly presetId: string;
  readonly grid: Pick<Grid, 'nx' | 'ny' | 'x' | 'y'>;
  /** Contour levels in loss units, increasing (the SurfaceLevels' own). */
  readonly levels: readonly number[];
  /** One filled region per level: where L ≥ levels[k], in grid units. */
  readonly bands: readonly FlatBand[];
  readonly colors: readonly string[];
  /** Milliseconds the sampling and contouring took, for the benchmark. */
  readonly computeMs: number;
}

/** Band colour: viridis, dark at the lowest loss, so valleys read as low. */
export function bandColor(k: number, count: number): string {
  return viridis(count > 1 ? k / (count - 1) : 0);
}

/** "#rrggbb" (what viridis gives) as bytes; anything else reads as mid grey. */
function hexBytes(color: string): [number, number, number] {
  const m = /^#([0-9a-f]{2})([0-9a-f]{2})([0-9a-f]{2})$/i.exec(color);
  return m
    ? [parseInt(m[1] ?? '80', 16), parseInt(m[2] ?? '80', 16), parseInt(m[3] ?? '80', 16)]
    : [128, 128, 128];
}

const UNIT: Interval = [-1, 1];

/** The cache key of a loss over a window: a custom loss is known by its formula. */
export function surfaceKey(preset: Preset, window: readonly Interval[]): string {
  return `${preset.id === 'custom' ? preset.text : preset.id}|${window.flat().join(',')}`;
}

// Both caches are for the session and bounded: switching presets back and forth, resizing or
// panning back never recomputes what was seen.
const CACHE_LIMIT = 24;
const levelCache = new Map<string, SurfaceLevels>();
const modelCache = new Map<string, SurfaceModel>();

function remember<T>(cache: Map<string, T>, key: string, value: T): T {
  if (cache.size >= CACHE_LIMIT && !cache.has(key)) cache.delete(cache.keys().next().value ?? '');
  cache.set(key, value);
  return value;
}

/** Samples the loss coarsely over a window (default: its own view) and picks the levels (cached). */
export function surfaceLevels(
  preset: Preset,
  window: readonly Interval[] = preset.view,
): SurfaceLevels {
  const key = surfaceKey(preset, window);
  const hit = levelCache.get(key);
  if (hit) return hit;
  const vx = window[0] ?? UNIT;
  const vy = window[1] ?? UNIT;
  const [nx, ny] = gridShape(vx, vy, QUICK_LONG_SIDE);
  const grid = sampleGrid(preset.loss, vx, vy, nx, ny);
  const levels = logLevels(grid.values);
  const colors = levels.map((_, k) => bandColor(k, levels.length));
  const rgb = new Uint8Array(3 * colors.length);
  colors.forEach((c, k) => rgb.set(hexBytes(c), 3 * k));
  return remember(levelCache, key, {
    key,
    presetId: preset.id,
    window: [vx, vy],
    grid,
    levels,
    colors,
    rgb,
  });
}

/** The contoured surface of a key, if it has been computed. */
export function cachedModel(key: string): SurfaceModel | undefined {
  return modelCache.get(key);
}

/** Stores a contoured surface under its key (from the worker, or computed on this thread). */
export function storeModel(key: string, model: SurfaceModel): void {
  remember(modelCache, key, model);
}

/** The contoured surface of a window from its levels and the bands contoured at them. */
export function modelFrom(
  lv: SurfaceLevels,
  contoured: { readonly nx: number; readonly ny: number; readonly bands: readonly FlatBand[] },
  computeMs: number,
): SurfaceModel {
  const [x, y] = lv.window;
  return {
    presetId: lv.presetId,
    grid: { nx: contoured.nx, ny: contoured.ny, x, y },
    levels: lv.levels,
    bands: contoured.bands,
    colors: lv.colors,
    computeMs,
  };
}
