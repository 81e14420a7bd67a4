import { MAX_STEPS } from '../../core/trajectory';

/** Frames per second of every recording: fixed, so playback is smooth however slow the machine. */
export const VIDEO_FPS = 30;
/** Most frames in a recording (10 s at 30 fps). */
export const MAX_FRAMES = 300;
/** Frames the last step is held at the end, so the final picture can be seen (0.5 s). */
export const HOLD_FRAMES = 15;
/** Seconds of play recorded when the step on screen is 0. */
export const PREVIEW_SECONDS = 10;

/** Which step each frame of a recording shows. */
export interface FramePlan {
  /** The last step shown. */
  readonly end: number;
  /** Step of frame k, non-decreasing from 0 to `end`, then held. */
  readonly steps: readonly number[];
}

/**
 * The frames of a recording of the descent from step 0 to `step` (when it is 0: to where
 * `PREVIEW_SECONDS` of play at `speed` steps per second would reach), timed as play at `speed`
 * would show it, but at most MAX_FRAMES in all: a longer descent is sampled at evenly spaced
 * steps. The last step is then held for HOLD_FRAMES.
 */
export function planFrames(step: number, speed: number, fps = VIDEO_FPS): FramePlan {
  const rate = Number.isFinite(speed) && speed > 0 ? speed : 8;
  const target = Math.max(0, Math.min(MAX_STEPS, Math.round(Number.isFinite(step) ? step : 0)));
  const end = target > 0 ? target : Math.min(MAX_STEPS, Math.round(PREVIEW_SECONDS * rate));
  const moving = Math.max(
    2,
    Math.min(MAX_FRAMES - HOLD_FRAMES, Math.round((end / rate) * fps) + 1),
  );
  const steps: number[] = [];
  for (let k = 0; k < moving; k++) steps.push(Math.round((end * k) / (moving - 1)));
  for (let k = 0; k < HOLD_FRAMES; k++) steps.push(end);
  return { end, steps };
}
