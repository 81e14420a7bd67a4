import { extendTrajectory, MAX_STEPS, type Trajectory } from '../core/trajectory';
import { HORIZON, lastInterestingStep, type Runs } from './runs';
import type { AppState, AppStore } from './store';
import { sliceBudget, whenIdle, type IdleDeadline, type IdleScheduler } from './schedule';

/** While playing, the runs are kept computed this many seconds of playback ahead of the step. */
export const AHEAD_SECONDS = 2;
/**
 * Longest stretch of run extension per idle slice, ms: less if the idle period ends sooner, and
 * this much when the slice runs because its timeout passed (the runs must keep ahead).
 */
export const SLICE_MS = 4;
/** Steps added to a run per extension call inside a slice (the slice checks its clock between). */
const CHUNK = 100;
/** An idle slice runs at the latest this long after it was asked for, ms. */
const SLICE_TIMEOUT_MS = 100;

/** How far the runs should reach while playing at this state's speed. */
function aheadOf(s: AppState): number {
  return Math.min(MAX_STEPS, s.step + Math.max(HORIZON, AHEAD_SECONDS * s.settings.speed));
}

const short = (run: Trajectory, target: number) =>
  run.divergedAt === null && run.length > 0 && run.length - 1 < target;

/**
 * Drives autoplay: while `playing`, advances the step at `settings.speed` steps per second on
 * animation frames, and pauses at the end (every run settled, or step 100000). Returns a stop
 * function. The runs are extended ahead of the step in idle time, a few ms at a time, and the
 * longer runs are taken up with the next step, so a frame never computes thousands of steps
 * (the store would otherwise extend them, doubling, inside the frame that needs them). Pause
 * cancels both at once: nothing queued outlives it.
 */
export function startPlayer(
  store: AppStore,
  frames: {
    request: (cb: (now: number) => void) => number;
    cancel: (id: number) => void;
  } = { request: (cb) => requestAnimationFrame(cb), cancel: (id) => cancelAnimationFrame(id) },
  idle: IdleScheduler = whenIdle,
): () => void {
  let frame: number | null = null;
  let last: number | null = null;
  let carry = 0;
  /** Runs extended in idle time from `base` (the store's runs then), not yet taken up. */
  let ahead: { base: Runs; runs: Runs } | null = null;
  let slice: (() => void) | null = null;

  const extendSlice = (deadline: IdleDeadline) => {
    slice = null;
    const s = store.getState();
    if (!s.playing) return;
    const target = aheadOf(s);
    let runs = ahead?.base === s.runs ? ahead.runs : s.runs;
    const t0 = performance.now();
    const budget = sliceBudget(deadline, SLICE_MS);
    // One run at a time, the clock checked between: a slice ends within a chunk of its budget.
    for (let i = 0; performance.now() - t0 < budget && runs.some((e) => short(e.run, target));) {
      const e = runs[i % runs.length];
      i++;
      if (!e || !short(e.run, target)) continue;
      const run = extendTrajectory(s.problem, e.run, Math.min(target, e.run.length - 1 + CHUNK));
      runs = runs.map((x) => (x === e ? { ...e, run } : x));
    }
    ahead = runs === s.runs ? null : { base: s.runs, runs };
    if (runs.some((e) => short(e.run, target))) extendLater();
  };
  const extendLater = () => {
    slice ??= idle(extendSlice, SLICE_TIMEOUT_MS);
  };

  const tick = (now: number) => {
    frame = null;
    if (!store.getState().playing) return;
    // Take up what idle time computed, if the runs are still the ones it started from.
    if (ahead && ahead.base === store.getState().runs) store.setState({ runs: ahead.runs });
    ahead = null;
    const s = store.getState();
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
    if (store.getState().runs.some((e) => short(e.run, aheadOf(store.getState())))) extendLater();
    frame = frames.request(tick);
  };

  const stopExtending = () => {
    slice?.();
    slice = null;
  };

  const unsubscribe = store.subscribe((s, prev) => {
    if (s.playing && !prev.playing && frame === null) {
      last = null;
      // First step right away so Play feels immediate, then at the chosen speed.
      carry = 1;
      frame = frames.request(tick);
      extendLater();
    }
    if (!s.playing && frame !== null) {
      frames.cancel(frame);
      frame = null;
    }
    if (!s.playing) stopExtending();
  });

  return () => {
    unsubscribe();
    if (frame !== null) frames.cancel(frame);
    stopExtending();
  };
}
