import { MAX_STEPS } from '../core/trajectory';
import { lastInterestingStep } from './runs';
import type { AppStore } from './store';

/**
 * Drives autoplay: while `playing`, advances the step at `settings.speed` steps per second on
 * animation frames, and pauses at the end (both runs settled, or step 100000). Returns a stop function.
 */
export function startPlayer(
  store: AppStore,
  frames: {
    request: (cb: (now: number) => void) => number;
    cancel: (id: number) => void;
  } = { request: (cb) => requestAnimationFrame(cb), cancel: (id) => cancelAnimationFrame(id) },
): () => void {
  let frame: number | null = null;
  let last: number | null = null;
  let carry = 0;

  const tick = (now: number) => {
    frame = null;
    const s = store.getState();
    if (!s.playing) return;
    const dt = last === null ? 0 : Math.min(now - last, 250);
    last = now;
    carry += (dt / 1000) * s.settings.speed;
    const whole = Math.floor(carry);
    if (whole > 0) {
      carry -= whole;
      const end = Math.min(MAX_STEPS, lastInterestingStep(s.runs));
      const next = Math.min(s.step + whole, end);
      s.setStep(next);
      if (next >= end) {
        s.pause();
        return;
      }
    }
    frame = frames.request(tick);
  };

  const unsubscribe = store.subscribe((s, prev) => {
    if (s.playing && !prev.playing && frame === null) {
      last = null;
      // First step right away so Play feels immediate, then at the chosen speed.
      carry = 1;
      frame = frames.request(tick);
    }
    if (!s.playing && frame !== null) {
      frames.cancel(frame);
      frame = null;
    }
  });

  return () => {
    unsubscribe();
    if (frame !== null) frames.cancel(frame);
  };
}
