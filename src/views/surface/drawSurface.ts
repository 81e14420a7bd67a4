import { PERF, type SurfaceLevels, type SurfaceModel } from './surfaceLevels';

/**
 * Paints the filled contour map and its contour lines onto a canvas whose backing store is
 * width·dpr × height·dpr device pixels, for a data area of width × height CSS px. Grid
 * coordinates scale straight onto the area (core/grid: row 0 at the top), so no flip is needed.
 */
export function drawSurface(
  ctx: CanvasRenderingContext2D,
  model: SurfaceModel,
  width: number,
  height: number,
  dpr: number,
  lineColor: string,
): void {
  const t0 = performance.now();
  const { grid, bands, colors } = model;
  const sx = width / grid.nx;
  const sy = height / grid.ny;
  ctx.setTransform(dpr, 0, 0, dpr, 0, 0);
  ctx.clearRect(0, 0, width, height);
  const paths = bands.map(({ coords, rings }) => {
    const path = new Path2D();
    for (let r = 0; r + 1 < rings.length; r++) {
      const from = rings[r] ?? 0;
      const to = rings[r + 1] ?? from;
      for (let p = from; p < to; p++) {
        const x = (coords[2 * p] ?? 0) * sx;
        const y = (coords[2 * p + 1] ?? 0) * sy;
        if (p === from) path.moveTo(x, y);
        else path.lineTo(x, y);
      }
      path.closePath();
    }
    return path;
  });
  // Each band is the region L ≥ level (holes included), so painting them in increasing order
  // leaves every point the colour of the highest level below its loss.
  paths.forEach((path, k) => {
    ctx.fillStyle = colors[k] ?? '#000';
    ctx.fill(path, 'evenodd');
  });
  ctx.lineWidth = 0.75;
  ctx.strokeStyle = lineColor;
  ctx.lineJoin = 'round';
  // The lowest band's outline is the frame of the whole area; skip it.
  paths.slice(1).forEach((path) => ctx.stroke(path));
  performance.clearMeasures(PERF.drawSurface);
  performance.measure(PERF.drawSurface, { start: t0, duration: performance.now() - t0 });
}

/** Band index of each sample: the highest k with levels[k] ≤ L, −1 below all or not finite. */
export function bandIndex(levels: readonly number[], value: number): number {
  if (!(value >= (levels[0] ?? Infinity))) return -1;
  let lo = 0;
  let hi = levels.length - 1;
  while (lo < hi) {
    const mid = (lo + hi + 1) >> 1;
    if ((levels[mid] ?? Infinity) <= value) lo = mid;
    else hi = mid - 1;
  }
  return lo;
}

/** The quick grid as an image: one pixel per sample in its band's colour (transparent if none). */
export function rasterPixels(lv: SurfaceLevels): Uint8ClampedArray<ArrayBuffer> {
  const { grid, levels, rgb } = lv;
  const px = new Uint8ClampedArray(new ArrayBuffer(4 * grid.nx * grid.ny));
  for (let i = 0; i < grid.values.length; i++) {
    const k = bandIndex(levels, grid.values[i] ?? NaN);
    if (k < 0) continue;
    px[4 * i] = rgb[3 * k] ?? 0;
    px[4 * i + 1] = rgb[3 * k + 1] ?? 0;
    px[4 * i + 2] = rgb[3 * k + 2] ?? 0;
    px[4 * i + 3] = 255;
  }
  return px;
}

/**
 * The quick picture while the contours are computed: the coarse grid's bands, one backing-store
 * pixel per sample. The canvas keeps its CSS size, so the browser stretches it over the area
 * when it composites (smoothed, so cells read as soft bands, not blocks): no resampling on this
 * thread, which in the first render cost 3–6 ms. `fitCanvas` gives the canvas its full backing
 * store again when the contours are drawn.
 */
export function paintRaster(canvas: HTMLCanvasElement, lv: SurfaceLevels): void {
  const t0 = performance.now();
  const { nx, ny } = lv.grid;
  if (canvas.width !== nx) canvas.width = nx;
  if (canvas.height !== ny) canvas.height = ny;
  canvas.getContext('2d')?.putImageData(new ImageData(rasterPixels(lv), nx, ny), 0, 0);
  performance.clearMeasures(PERF.drawSurface);
  performance.measure(PERF.drawSurface, {
    start: t0,
    duration: performance.now() - t0,
    detail: { raster: true },
  });
}
