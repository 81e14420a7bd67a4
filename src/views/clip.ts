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
 * Narrows the span [t0, t1] held in `span` by one edge, as Liang–Barsky's (p, q): the segment
 * enters the inner side where p < 0 and leaves it where p > 0. False when nothing is left.
 */
function narrow(span: [number, number], p: number, q: number): boolean {
  if (p === 0) return q >= 0;
  const t = q / p;
  if (p < 0) span[0] = Math.max(span[0], t);
  else span[1] = Math.min(span[1], t);
  return span[0] <= span[1];
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
  out[0] = 0;
  out[1] = 1;
  const kept =
    narrow(out, -dx, ax - r.x0) &&
    narrow(out, dx, r.x1 - ax) &&
    narrow(out, -dy, ay - r.y0) &&
    narrow(out, dy, r.y1 - ay);
  return kept ? out : null;
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
