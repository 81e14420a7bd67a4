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

/** Run colours: Okabe–Ito orange and blue, distinct for the common colour-vision deficiencies. */
export const RUN_STYLE = {
  sgd: { label: 'SGD', color: 'var(--sgd)', dash: '6 4', shape: 'circle' },
  momentum: { label: 'Momentum', color: 'var(--momentum)', dash: '', shape: 'diamond' },
} as const;

/** Which run: plain SGD (β = 0) or heavy-ball momentum. */
export type RunName = keyof typeof RUN_STYLE;

/** The two runs in drawing order (momentum on top). */
export const RUN_NAMES: readonly RunName[] = ['sgd', 'momentum'];
