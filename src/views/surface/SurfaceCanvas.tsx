import { memo, useLayoutEffect, useRef } from 'react';
import { drawSurface, paintRaster } from './drawSurface';
import type { SurfaceLevels, SurfaceModel } from './surfaceLevels';

/** Resizes a canvas's backing store to width × height CSS px at the screen's pixel ratio. */
export function fitCanvas(canvas: HTMLCanvasElement, width: number, height: number): number {
  const dpr = Math.min(3, window.devicePixelRatio || 1);
  const w = Math.max(1, Math.round(width * dpr));
  const h = Math.max(1, Math.round(height * dpr));
  if (canvas.width !== w) canvas.width = w;
  if (canvas.height !== h) canvas.height = h;
  return dpr;
}

/** Reads a CSS custom property (e.g. "--sgd") as a colour canvas understands. */
export function cssColor(el: Element, name: string, fallback: string): string {
  return getComputedStyle(el).getPropertyValue(name).trim() || fallback;
}

/**
 * The filled contour map, painted once per window and plot size: a quick raster of the coarse
 * grid until the contour worker's bands for this window arrive (`model`), then the bands. It is
 * a canvas so a map of thousands of contour vertices is one element, not thousands of DOM path
 * points. Memoised: a step or slider move never reaches it.
 */
export const SurfaceCanvas = memo(function SurfaceCanvas(props: {
  levels: SurfaceLevels;
  model: SurfaceModel | null;
  width: number;
  height: number;
  left: number;
  top: number;
}) {
  const { levels, model, width, height, left, top } = props;
  const ref = useRef<HTMLCanvasElement>(null);
  useLayoutEffect(() => {
    const canvas = ref.current;
    const ctx = canvas?.getContext('2d');
    if (!canvas || !ctx) return;
    if (!model) return paintRaster(canvas, levels);
    const dpr = fitCanvas(canvas, width, height);
    drawSurface(ctx, model, width, height, dpr, 'rgba(0, 0, 0, 0.28)');
  }, [levels, model, width, height]);
  return (
    <canvas
      ref={ref}
      className="surface-canvas"
      aria-hidden="true"
      data-surface={model ? 'contours' : 'raster'}
      style={{ left, top, width, height }}
    />
  );
});
