import { clampPx } from '../screen';

/** Skip a vertex closer than this (px, L1) to the last one kept: invisible, and saves time. */
const MIN_SEGMENT_PX = 0.5;
/** Dots are kept at most one per cell of this size (px): closer ones would overlap anyway. */
const DOT_CELL_PX = 2.5;
/** Keys pack 4 coordinates of 13 bits each (< 2^53): screen cells in [−2048, 6144). */
const KEY_OFFSET = 2048;
const KEY_RANGE = 8192;

/** A trajectory reduced to what can be seen at screen resolution. */
export interface ScreenPath {
  /**
   * Polyline vertices as x, y pairs in CSS px; a NaN pair starts a new sub-path (moveTo) where a
   * segment identical at pixel resolution was dropped.
   */
  readonly line: Float64Array;
  /** Step dot centres as x, y pairs in CSS px (the current point excluded; SVG draws it). */
  readonly dots: Float64Array;
}

function cell(v: number, size: number): number {
  const q = Math.floor(v / size) + KEY_OFFSET;
  return q >= 0 && q < KEY_RANGE ? q : -1;
}

/**
 * Screen-space decimation of w_0 … w_last. A run that converges piles thousands of steps onto one
 * pixel, and one that zig-zags across a narrow valley (Beale's SGD) retraces the same pixel-sized
 * segment tens of thousands of times: stroking such a path (dashed, round joins) can stall
 * Chromium for seconds. So a vertex within half a pixel of the previous is skipped, a segment
 * whose pixel-rounded endpoints were already drawn (either direction) is dropped, and at most one
 * dot is kept per 2.5 px cell. All coordinates pass through clampPx.
 */
export function screenPath(
  point: (t: number) => readonly [number, number],
  last: number,
  toScreen: (x: number, y: number) => readonly [number, number],
): ScreenPath {
  const line: number[] = [];
  const dots: number[] = [];
  const segments = new Set<number>();
  const dotCells = new Set<number>();
  let lx = NaN;
  let ly = NaN;
  let open = false;
  for (let t = 0; t <= last; t++) {
    const [wx, wy] = point(t);
    const [sx, sy] = toScreen(wx, wy);
    const px = clampPx(sx);
    const py = clampPx(sy);
    if (t > 0 && t !== last && Math.abs(px - lx) + Math.abs(py - ly) < MIN_SEGMENT_PX) continue;
    if (t === 0) {
      line.push(px, py);
      open = true;
    } else {
      const a = [cell(lx, 1), cell(ly, 1)];
      const b = [cell(px, 1), cell(py, 1)];
      let fresh = true;
      if (a[0]! >= 0 && a[1]! >= 0 && b[0]! >= 0 && b[1]! >= 0) {
        // Direction-agnostic: A→B and B→A are the same stroke.
        const [p, q] = a[0]! < b[0]! || (a[0] === b[0] && a[1]! <= b[1]!) ? [a, b] : [b, a];
        const key = ((p[0]! * KEY_RANGE + p[1]!) * KEY_RANGE + q[0]!) * KEY_RANGE + q[1]!;
        if (segments.has(key)) fresh = false;
        else segments.add(key);
      }
      if (fresh) {
        if (!open) line.push(NaN, NaN, lx, ly);
        line.push(px, py);
        open = true;
      } else {
        open = false;
      }
    }
    lx = px;
    ly = py;
    if (t < last) {
      const cx = cell(px, DOT_CELL_PX);
      const cy = cell(py, DOT_CELL_PX);
      const key = cx * KEY_RANGE + cy;
      if (cx < 0 || cy < 0 || !dotCells.has(key)) {
        if (cx >= 0 && cy >= 0) dotCells.add(key);
        dots.push(px, py);
      }
    }
  }
  return { line: Float64Array.from(line), dots: Float64Array.from(dots) };
}
