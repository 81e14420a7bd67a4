import { clipSegment, inside, type Rect } from '../clip';

/** A sub-path of polyline to stroke, and its length where it starts (px), for the dashes. */
export interface Piece {
  readonly path: Path2D;
  readonly dashAt: number;
}

/** A stretch of polyline to stroke, and where the dashes stand at its end. */
export interface Stretch {
  /**
   * At most two: the first sub-path, which may continue the one being drawn (its dashes go on),
   * then every later sub-path in one path (each starts its dashes afresh, as a canvas dashes
   * every sub-path of a path from the offset).
   */
  readonly pieces: readonly Piece[];
  /** Length of the last sub-path up to the end of the committed vertices, px. */
  readonly dashAt: number;
}

/**
 * Walks vertices (x, y pairs; a NaN pair starts a new sub-path): `xs[from …]`, then `tail`
 * (which is not committed: it does not count towards dashAt). `dashAt` is the length the first
 * sub-path already had. Segments are cut to `r`: a diverging run's vertices lie up to 100000 px
 * away, and dashing those lengths cost the rasterizer 300 ms for strokes no one can see. Where
 * the line re-enters `r` a new sub-path starts (its dashes start afresh). Sub-paths after the
 * first share one Path2D: a zig-zag that retraces pixels breaks into a hundred sub-paths, and
 * stroking each on its own cost the rasterizer ~10 µs a call (4 runs at step 1000: 250 calls,
 * 2.6 ms a frame on the main thread); their dashes start at 0 either way.
 */
export function stretch(
  xs: readonly number[],
  from: number,
  tail: readonly number[],
  dashAt: number,
  r: Rect,
): Stretch {
  const pieces: Piece[] = [];
  let path = new Path2D();
  /** The path every sub-path after the first goes into. */
  let rest: Path2D | null = null;
  /** Whether the pen stands at (px, py) in `path`. */
  let pen = false;
  let length = dashAt;
  let committed = dashAt;
  let px = NaN;
  let py = NaN;
  // Only the first sub-path can start at a length other than 0 (it may continue the stroke
  // drawn before): a later one follows a break (NaN), where the length restarts, or re-enters r.
  const start = (x: number, y: number, at: number) => {
    if (pieces.length === 0) {
      path = new Path2D();
      pieces.push({ path, dashAt: at });
    } else {
      if (!rest) {
        rest = new Path2D();
        pieces.push({ path: rest, dashAt: 0 });
      }
      path = rest;
    }
    path.moveTo(x, y);
  };
  /** The clipped span of the current segment, reused: one array per stretch, not per segment. */
  const span: [number, number] = [0, 1];
  const n = xs.length - from;
  for (let i = 0; i < n + tail.length; i += 2) {
    const x = (i < n ? xs[from + i] : tail[i - n]) ?? NaN;
    const y = (i < n ? xs[from + i + 1] : tail[i - n + 1]) ?? NaN;
    if (Number.isNaN(x) || Number.isNaN(y)) {
      pen = false;
      length = 0;
      px = NaN;
    } else if (Number.isNaN(px)) {
      // A sub-path's first vertex: the pen goes down only inside r.
      pen = inside(r, x, y);
      if (pen) start(x, y, length);
      px = x;
      py = y;
    } else {
      // Nearly every segment lies inside: no clipping to work out.
      const whole = inside(r, px, py) && inside(r, x, y);
      if (whole || clipSegment(px, py, x, y, r, span)) {
        const t0 = whole ? 0 : span[0];
        const t1 = whole ? 1 : span[1];
        const ex = px + (x - px) * t1;
        const ey = py + (y - py) * t1;
        if (!pen) {
          // Re-entering r: a new sub-path, dashes afresh.
          length = 0;
          px += (x - px) * t0;
          py += (y - py) * t0;
          start(px, py, 0);
        }
        path.lineTo(ex, ey);
        length += Math.hypot(ex - px, ey - py);
        pen = t1 === 1;
      } else pen = false;
      px = x;
      py = y;
    }
    if (i < n) committed = length;
  }
  return { pieces, dashAt: committed };
}
