import type { SurfaceModel } from './surfaceModel';
import { PERF } from './surfaceModel';

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
  const paths = bands.map((band) => {
    const path = new Path2D();
    for (const polygon of band.coordinates) {
      for (const ring of polygon) {
        ring.forEach(([gx = 0, gy = 0], i) => {
          if (i === 0) path.moveTo(gx * sx, gy * sy);
          else path.lineTo(gx * sx, gy * sy);
        });
        path.closePath();
      }
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
