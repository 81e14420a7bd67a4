import type { DeviceRect } from './runLayers';

/**
 * How far a run's marks reach past its vertices, CSS px. The halo is 4 px wide (2 px a side,
 * round joins); a dot reaches 1.3 × its 2.4 px radius (the diamond) plus half its 1 px outline,
 * 3.6 px; anti-aliasing adds a pixel. 8 leaves room to spare, at no cost worth counting.
 */
export const MARK_REACH_PX = 8;

/** The vertices a run's picture is stroked from (x, y pairs in CSS px; NaN pairs are breaks). */
export type PathVertices = readonly (readonly number[])[];

/**
 * The part of a canvas of `width` × `height` device px that can hold marks drawn around these
 * vertices (a run's line, its unremembered tail and its dots), at pixel ratio `dpr`. Empty
 * (w = h = 0) when there is no vertex; cut to the canvas (a diverging run's vertices lie far off).
 */
export function marksBounds(
  vertexLists: PathVertices,
  dpr: number,
  width: number,
  height: number,
): DeviceRect {
  let x0 = Infinity;
  let y0 = Infinity;
  let x1 = -Infinity;
  let y1 = -Infinity;
  for (const xs of vertexLists) {
    for (let i = 0; i + 1 < xs.length; i += 2) {
      const x = xs[i] ?? NaN;
      const y = xs[i + 1] ?? NaN;
      // A NaN pair is a break; comparisons with NaN are false, so it changes nothing.
      if (x < x0) x0 = x;
      if (x > x1) x1 = x;
      if (y < y0) y0 = y;
      if (y > y1) y1 = y;
    }
  }
  if (!(x0 <= x1 && y0 <= y1)) return { x: 0, y: 0, w: 0, h: 0 };
  const left = Math.max(0, Math.floor((x0 - MARK_REACH_PX) * dpr));
  const top = Math.max(0, Math.floor((y0 - MARK_REACH_PX) * dpr));
  const right = Math.min(width, Math.ceil((x1 + MARK_REACH_PX) * dpr));
  const bottom = Math.min(height, Math.ceil((y1 + MARK_REACH_PX) * dpr));
  return { x: left, y: top, w: Math.max(0, right - left), h: Math.max(0, bottom - top) };
}
