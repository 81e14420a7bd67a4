import type { ScreenPath } from '../surface/decimate';
import { markerPath, type MarkerShape } from '../runStyle';
import { clampPx } from '../screen';

/** A coordinate for path data: clamped (no absurd or non-finite numbers), at most 2 decimals. */
function coord(v: number): string {
  return String(Math.round(clampPx(v) * 100) / 100);
}

/**
 * SVG path data of a decimated polyline: "M x,y L x,y …", a NaN pair starting a new sub-path
 * (as the canvas drawing does). Empty when there is nothing to draw.
 */
export function polylineD(line: Float64Array | readonly number[]): string {
  const parts: string[] = [];
  let move = true;
  for (let i = 0; i + 1 < line.length; i += 2) {
    const x = line[i] ?? NaN;
    const y = line[i + 1] ?? NaN;
    if (Number.isNaN(x) || Number.isNaN(y)) {
      move = true;
      continue;
    }
    parts.push(`${move ? 'M' : 'L'}${coord(x)},${coord(y)}`);
    move = false;
  }
  return parts.join('');
}

/** SVG path data of one marker per dot centre (x, y pairs), in the run's shape. */
export function dotsD(
  dots: Float64Array | readonly number[],
  shape: MarkerShape,
  r: number,
): string {
  const parts: string[] = [];
  for (let i = 0; i + 1 < dots.length; i += 2)
    parts.push(markerPath(shape, clampPx(dots[i] ?? 0), clampPx(dots[i + 1] ?? 0), r));
  return parts.join('');
}

/** Both path data strings of a screen path. */
export function screenPathD(
  path: ScreenPath,
  shape: MarkerShape,
  dotRadius: number,
): { line: string; dots: string } {
  return { line: polylineD(path.line), dots: dotsD(path.dots, shape, dotRadius) };
}
