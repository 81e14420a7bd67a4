/** An axis-aligned box in px: left, top, width, height. */
export interface Box {
  readonly x: number;
  readonly y: number;
  readonly w: number;
  readonly h: number;
}

/** A label to place: its size and the anchor point it belongs next to. */
export interface LabelRequest {
  readonly width: number;
  readonly height: number;
  /** The point the label describes (e.g. a run's current point), px. */
  readonly ax: number;
  readonly ay: number;
  /** Preferred side first: 1 right of the anchor, −1 left. */
  readonly prefer?: 1 | -1;
}

const overlaps = (a: Box, b: Box, pad = 2) =>
  a.x < b.x + b.w + pad && b.x < a.x + a.w + pad && a.y < b.y + b.h + pad && b.y < a.y + a.h + pad;

const inside = (a: Box, bounds: Box) =>
  a.x >= bounds.x &&
  a.y >= bounds.y &&
  a.x + a.w <= bounds.x + bounds.w &&
  a.y + a.h <= bounds.y + bounds.h;

/** Candidate offsets around an anchor, nearest first, on the preferred side first. */
function candidates(r: LabelRequest): Box[] {
  const side = r.prefer ?? 1;
  const out: Box[] = [];
  for (const dist of [10, 22, 38, 56, 80]) {
    for (const dy of [-1, 1, 0]) {
      for (const sx of [side, -side]) {
        const x = sx > 0 ? r.ax + dist : r.ax - dist - r.width;
        const y =
          dy < 0 ? r.ay - dist * 0.6 - r.height : dy > 0 ? r.ay + dist * 0.6 : r.ay - r.height / 2;
        out.push({ x, y, w: r.width, h: r.height });
      }
    }
  }
  return out;
}

/**
 * Greedy label placement: each label, in order, takes the nearest candidate position around its
 * anchor that lies inside `bounds` and overlaps neither an obstacle (markers, arrows) nor a label
 * placed before it. When none is free, the nearest inside position is used (overlap beats
 * clipping). Small and deterministic: a handful of labels, a few dozen candidates each.
 */
export function placeLabels(
  requests: readonly LabelRequest[],
  bounds: Box,
  obstacles: readonly Box[] = [],
): Box[] {
  const placed: Box[] = [];
  for (const r of requests) {
    const all = candidates(r);
    const fits = all.filter((b) => inside(b, bounds));
    const free = fits.find(
      (b) => !placed.some((p) => overlaps(b, p)) && !obstacles.some((o) => overlaps(b, o)),
    );
    const fallback = fits[0] ??
      // Even the nearest is outside (a tiny plot): clamp into the bounds.
      {
        x: Math.min(Math.max(bounds.x, r.ax + 10), bounds.x + bounds.w - r.width),
        y: Math.min(Math.max(bounds.y, r.ay - r.height), bounds.y + bounds.h - r.height),
        w: r.width,
        h: r.height,
      };
    placed.push(free ?? fallback);
  }
  return placed;
}

/** Rough width of a label in px for an 11 px system font (no layout pass needed). */
export function textWidth(text: string, fontPx = 11): number {
  return Math.ceil(text.length * fontPx * 0.58) + 2;
}
