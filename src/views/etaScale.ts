/** Smallest η the slider reaches. */
export const ETA_MIN = 1e-5;
/** Largest η the slider reaches (the URL's limit). */
export const ETA_MAX = 10;
/** Slider positions: 0 … ETA_STEPS, evenly spaced in log η. */
export const ETA_STEPS = 1200;

const LOG_MIN = Math.log10(ETA_MIN);
const LOG_SPAN = Math.log10(ETA_MAX) - LOG_MIN;

/** η at a slider position, rounded to 3 significant digits so slider values read cleanly. */
export function etaAt(position: number): number {
  const raw = 10 ** (LOG_MIN + (LOG_SPAN * position) / ETA_STEPS);
  return Number(raw.toPrecision(3));
}

/** The slider position nearest to η (clamped to the slider's range). */
export function positionOf(eta: number): number {
  const p = ((Math.log10(eta) - LOG_MIN) / LOG_SPAN) * ETA_STEPS;
  return Math.max(0, Math.min(ETA_STEPS, Math.round(p)));
}
