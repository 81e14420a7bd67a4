import { clampPx } from '../screen';

/** Skip a vertex closer than this (px, L1) to the last one kept: invisible, and saves time. */
const MIN_SEGMENT_PX = 0.5;
/** Dots are kept at most one per cell of this size (px): closer ones would overlap anyway. */
const DOT_CELL_PX = 2.5;
/** Keys pack 4 coordinates of 13 bits each (< 2^53): screen cells in [−2048, 6144). */
const KEY_OFFSET = 2048;
const KEY_RANGE = 8192;

/**
 * The builder's state after folding up to a step, without copies: `line` and `dots` are its own
 * growing arrays (read, never write), `tail` the un-remembered end up to the current point.
 */
export interface ScreenPathView {
  readonly line: readonly number[];
  readonly dots: readonly number[];
  readonly tail: readonly number[];
  /** Increases whenever the builder starts over (going back): what was drawn is then stale. */
  readonly epoch: number;
}

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
 * Screen-space decimation of w_0 … w_last, built incrementally. A run that converges piles
 * thousands of steps onto one pixel, and one that zig-zags across a narrow valley (Beale's SGD)
 * retraces the same pixel-sized segment tens of thousands of times: stroking such a path (dashed,
 * round joins) can stall Chromium for seconds. So a vertex within half a pixel of the previous is
 * skipped, a segment whose pixel-rounded endpoints were already drawn (either direction) is
 * dropped, and at most one dot is kept per 2.5 px cell. All coordinates pass through clampPx.
 *
 * Steps before `last` are folded in once and remembered, so playing forward costs only the new
 * steps per frame, not all 100000; the current point `last` is always the line's end and is
 * added without being remembered. Going back, or a new mapping, starts over.
 */
export class ScreenPathBuilder {
  private readonly line: number[] = [];
  private readonly dots: number[] = [];
  private readonly segments = new Set<number>();
  private readonly dotCells = new Set<number>();
  private lx = NaN;
  private ly = NaN;
  /** The last point projected by project(): fields, not a tuple, as this runs for every step. */
  private sx = NaN;
  private sy = NaN;
  private open = false;
  /** Steps 0 … done are folded in. */
  private done = -1;
  private epoch = 0;

  /**
   * @param point w_t of a step; the pair is read at once, so it may be one array reused
   * @param segmentCell size of the cells (px) in which two segments count as the same stroke: 1
   *   for exact paths; a noisy run's scribble, thousands of overlapping few-pixel segments, is
   *   drawn as well with 2 and costs the rasterizer a fraction.
   */
  constructor(
    private readonly point: (t: number) => readonly [number, number],
    private readonly toScreen: (x: number, y: number) => readonly [number, number],
    private readonly segmentCell = 1,
  ) {}

  /** True when this builder maps points the same way (so its memory is still valid). */
  sameMapping(toScreen: (x: number, y: number) => readonly [number, number]): boolean {
    return toScreen === this.toScreen;
  }

  /** The decimated path from step 0 to `last` (the current point, always the line's end). */
  pathTo(last: number): ScreenPath {
    const { tail } = this.advance(last);
    if (last < 0) return { line: new Float64Array(0), dots: new Float64Array(0) };
    const line = new Float64Array(this.line.length + tail.length);
    line.set(this.line);
    line.set(tail, this.line.length);
    return { line, dots: Float64Array.from(this.dots) };
  }

  /**
   * Folds in the steps up to `last` and returns the path without copying it, so a painter can
   * draw only what was added since it last looked (see ScreenPathView).
   */
  advance(last: number): ScreenPathView {
    if (last - 1 < this.done) this.restart();
    for (let t = this.done + 1; t < last; t++) this.fold(t);
    this.done = Math.max(this.done, last - 1);
    const tail: number[] = [];
    if (last >= 0) {
      this.project(last);
      const px = this.sx;
      const py = this.sy;
      if (last === 0) tail.push(px, py);
      else if (this.isFresh(px, py, false)) {
        if (!this.open) tail.push(NaN, NaN, this.lx, this.ly);
        tail.push(px, py);
      }
    }
    return { line: this.line, dots: this.dots, tail, epoch: this.epoch };
  }

  private restart(): void {
    this.epoch++;
    this.line.length = 0;
    this.dots.length = 0;
    this.segments.clear();
    this.dotCells.clear();
    this.lx = NaN;
    this.ly = NaN;
    this.open = false;
    this.done = -1;
  }

  /** Step t on screen, clamped, into sx and sy (no array a step: a β drag folds ~1000 a move). */
  private project(t: number): void {
    const w = this.point(t);
    const s = this.toScreen(w[0], w[1]);
    this.sx = clampPx(s[0]);
    this.sy = clampPx(s[1]);
  }

  /** Whether the segment from the last kept vertex to (px, py) has not been drawn yet. */
  private isFresh(px: number, py: number, remember: boolean): boolean {
    // Scalars, not little arrays: this runs for every step folded (400000 on a long link).
    const size = this.segmentCell;
    const ax = cell(this.lx, size);
    const ay = cell(this.ly, size);
    const bx = cell(px, size);
    const by = cell(py, size);
    if (!(ax >= 0 && ay >= 0 && bx >= 0 && by >= 0)) return true;
    // Direction-agnostic: A→B and B→A are the same stroke.
    const aFirst = ax < bx || (ax === bx && ay <= by);
    const key = aFirst
      ? ((ax * KEY_RANGE + ay) * KEY_RANGE + bx) * KEY_RANGE + by
      : ((bx * KEY_RANGE + by) * KEY_RANGE + ax) * KEY_RANGE + ay;
    if (this.segments.has(key)) return false;
    if (remember) this.segments.add(key);
    return true;
  }

  /** Folds in step t, which is not the current point. */
  private fold(t: number): void {
    this.project(t);
    const px = this.sx;
    const py = this.sy;
    if (t > 0 && Math.abs(px - this.lx) + Math.abs(py - this.ly) < MIN_SEGMENT_PX) return;
    if (t === 0) {
      this.line.push(px, py);
      this.open = true;
    } else if (this.isFresh(px, py, true)) {
      if (!this.open) this.line.push(NaN, NaN, this.lx, this.ly);
      this.line.push(px, py);
      this.open = true;
    } else {
      this.open = false;
    }
    this.lx = px;
    this.ly = py;
    const cx = cell(px, DOT_CELL_PX);
    const cy = cell(py, DOT_CELL_PX);
    const key = cx * KEY_RANGE + cy;
    if (cx < 0 || cy < 0 || !this.dotCells.has(key)) {
      if (cx >= 0 && cy >= 0) this.dotCells.add(key);
      this.dots.push(px, py);
    }
  }
}

/** The decimated path of w_0 … w_last in one go (see ScreenPathBuilder). */
export function screenPath(
  point: (t: number) => readonly [number, number],
  last: number,
  toScreen: (x: number, y: number) => readonly [number, number],
): ScreenPath {
  return new ScreenPathBuilder(point, toScreen).pathTo(last);
}
