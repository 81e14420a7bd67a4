/** An axis-aligned rectangle, px. */
export interface Rect {
  readonly x0: number;
  readonly y0: number;
  readonly x1: number;
  readonly y1: number;
}

/** Whether (x, y) lies in the rectangle, edges included (false for NaN). */
export function inside(r: Rect, x: number, y: number): boolean {
  return x >= r.x0 && x <= r.x1 && y >= r.y0 && y <= r.y1;
}

/**
 * The part of segment a→b inside the rectangle as [t0, t1] along it, or null (Liang–Barsky).
 * `out`, if given, receives the pair and is returned, so a caller walking thousands of segments
 * a frame allocates nothing.
 */
export function clipSegment(
  ax: number,
  ay: number,
  bx: number,
  by: number,
  r: Rect,
  out: [number, number] = [0, 1],
): [number, number] | null {
  const dx = bx - ax;
  const dy = by - ay;
  let t0 = 0;
  let t1 = 1;
  // The four edges in turn, as (p, q): the segment enters where p < 0 and leaves where p > 0.
  for (let edge = 0; edge < 4; edge++) {
    const p = edge === 0 ? -dx : edge === 1 ? dx : edge === 2 ? -dy : dy;
    const q = edge === 0 ? ax - r.x0 : edge === 1 ? r.x1 - ax : edge === 2 ? ay - r.y0 : r.y1 - ay;
    if (p === 0) {
      if (q < 0) return null;
      continue;
    }
    const t = q / p;
    if (p < 0) t0 = Math.max(t0, t);
    else t1 = Math.min(t1, t);
    if (t0 > t1) return null;
  }
  out[0] = t0;
  out[1] = t1;
  return out;
}

/**
 * A polyline (x, y pairs; a NaN pair starts a new sub-path) cut to a rectangle: the parts outside
 * are dropped and a new sub-path starts wherever the line re-enters. A run that diverges can leave
 * vertices 100000 px away; stroking those with a dash pattern costs the rasterizer hundreds of
 * milliseconds for nothing that can be seen.
 */
export function clipPolyline(line: Float64Array | readonly number[], r: Rect): Float64Array {
  const out: number[] = [];
  let px = NaN;
  let py = NaN;
  let open = false;
  for (let i = 0; i + 1 < line.length; i += 2) {
    const x = line[i] ?? NaN;
    const y = line[i + 1] ?? NaN;
    if (Number.isNaN(x) || Number.isNaN(y)) {
      px = NaN;
      open = false;
      continue;
    }
    if (Number.isNaN(px)) {
      // A sub-path's first vertex: kept if inside (it may stand alone, e.g. w₀ at step 0).
      if (inside(r, x, y)) {
        if (out.length) out.push(NaN, NaN);
        out.push(x, y);
        open = true;
      }
    } else {
      const span = clipSegment(px, py, x, y, r);
      if (!span) open = false;
      else {
        const [t0, t1] = span;
        const sx = px + (x - px) * t0;
        const sy = py + (y - py) * t0;
        if (!open || t0 > 0) {
          if (out.length) out.push(NaN, NaN);
          out.push(sx, sy);
        }
        out.push(px + (x - px) * t1, py + (y - py) * t1);
        open = t1 === 1;
      }
    }
    px = x;
    py = y;
  }
  return Float64Array.from(out);
}

/** Dot centres (x, y pairs) inside the rectangle. */
export function dotsInside(dots: Float64Array | readonly number[], r: Rect): Float64Array {
  const out: number[] = [];
  for (let i = 0; i + 1 < dots.length; i += 2) {
    const x = dots[i] ?? NaN;
    const y = dots[i + 1] ?? NaN;
    if (inside(r, x, y)) out.push(x, y);
  }
  return Float64Array.from(out);
}

/** The data area of width × height grown by `margin` px on every side. */
export function areaRect(width: number, height: number, margin = 8): Rect {
  return { x0: -margin, y0: -margin, x1: width + margin, y1: height + margin };
}
