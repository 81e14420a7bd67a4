import type { Box } from '../labelLayout';

/** An arrow in screen px with a label to place near its head. */
export interface ArrowLabelRequest {
  readonly x1: number;
  readonly y1: number;
  readonly x2: number;
  readonly y2: number;
  /** Preferred side of the arrow for the label: −1 left, 1 right (of its direction). */
  readonly side: number;
  /** The label's estimated width, px. */
  readonly width: number;
}

/** Where a label goes: its text anchor point, which end of the text that is, and its box. */
export interface PlacedArrowLabel {
  readonly x: number;
  readonly y: number;
  readonly anchor: 'start' | 'end';
  readonly box: Box;
}

/** Label text height and how far its box reaches above the baseline, px (12 px bold text). */
const HEIGHT = 14;
const ASCENT = 11;

const overlaps = (a: Box, b: Box, pad = 2) =>
  a.x < b.x + b.w + pad && b.x < a.x + a.w + pad && a.y < b.y + b.h + pad && b.y < a.y + a.h + pad;

/** The label's place `along` px beyond the arrowhead, 12 px to `side` of the arrow. */
function candidate(r: ArrowLabelRequest, along: number, side: number): PlacedArrowLabel {
  const len = Math.hypot(r.x2 - r.x1, r.y2 - r.y1);
  // An arrow of no length has no direction: read it as pointing right, so its places still
  // spread along and beside it (else they all coincide, and a second label has nowhere to go).
  const ux = len > 0 ? (r.x2 - r.x1) / len : 1;
  const uy = len > 0 ? (r.y2 - r.y1) / len : 0;
  const x = r.x2 + ux * along - uy * 12 * side;
  const y = r.y2 + uy * along + ux * 12 * side + 4;
  const anchor = x >= r.x2 ? 'start' : 'end';
  const left = anchor === 'start' ? x : x - r.width;
  return { x, y, anchor, box: { x: left, y: y - ASCENT, w: r.width, h: HEIGHT } };
}

const inside = (a: Box, b: Box) =>
  a.x >= b.x && a.y >= b.y && a.x + a.w <= b.x + b.w && a.y + a.h <= b.y + b.h;

/**
 * Labels just beyond their arrows' heads, each on its preferred side, in order; a label that
 * would print over one placed before it (two arrows ending together, as −β·m and a short −η∇L
 * drawn from its tip) or be cut at the edge of `bounds` (the plot, which clips them) takes the
 * other side, moves further out along its arrow, or last beside its shaft; among those, one
 * clear of `obstacles` (the runs' markers) if there is one. Overlapping another label is avoided
 * first, then clipping, then covering a marker.
 */
export function placeArrowLabels(
  requests: readonly ArrowLabelRequest[],
  bounds?: Box,
  obstacles: readonly Box[] = [],
): PlacedArrowLabel[] {
  const placed: PlacedArrowLabel[] = [];
  for (const r of requests) {
    // Beyond the head first; last, beside the shaft (negative: back along the arrow).
    const options = [10, 24, 40, 58, 78, -10, -26].flatMap((along) => [
      candidate(r, along, r.side),
      candidate(r, along, -r.side),
    ]);
    const free = options.filter((o) => !placed.some((p) => overlaps(o.box, p.box)));
    const within = free.filter((o) => !bounds || inside(o.box, bounds));
    const clear = within.find((o) => !obstacles.some((b) => overlaps(o.box, b)));
    placed.push(clear ?? within[0] ?? free[0] ?? (options[0] as PlacedArrowLabel));
  }
  return placed;
}
