/**
 * Largest screen coordinate, in px, ever handed to SVG or canvas. Chromium rejects path numbers
 * beyond float32 even when finite, so anything a diverging run produces is clamped to this.
 */
export const SCREEN_LIMIT = 1e5;

/** Clamps a screen coordinate to ±SCREEN_LIMIT; NaN becomes 0 so nothing non-finite is drawn. */
export function clampPx(v: number): number {
  if (Number.isNaN(v)) return 0;
  return Math.max(-SCREEN_LIMIT, Math.min(SCREEN_LIMIT, v));
}

export { RUN_STYLE } from './runStyle';
