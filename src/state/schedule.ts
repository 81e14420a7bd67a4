/**
 * When work runs in the browser's event loop: in idle time between frames (whenIdle, sliceBudget)
 * or just after the next paint (afterNextPaint). Shared by the store's helpers (URL sync, the
 * player) and the views' deferred drawing, so each piece of deferred work says only how long it
 * may take and how late it may run.
 */

/** How much idle time a job has left, ms (0 when it runs because its timeout passed). */
export type IdleDeadline = { timeRemaining(): number };

/**
 * Runs a job when the main thread is idle, but no later than `timeout` ms; returns a cancel. The
 * job is told how much of the idle period is left, so it can stop before the next frame is due.
 */
export type IdleScheduler = (job: (deadline: IdleDeadline) => void, timeout: number) => () => void;

/** Idle time assumed per task where the browser has no requestIdleCallback, ms. */
const FALLBACK_IDLE_MS = 4;

/** requestIdleCallback where there is one, else a plain timeout. */
export const whenIdle: IdleScheduler = (job, timeout) => {
  if (typeof requestIdleCallback === 'function') {
    const id = requestIdleCallback(
      (d) => job({ timeRemaining: () => (d.didTimeout ? 0 : d.timeRemaining()) }),
      { timeout },
    );
    return () => cancelIdleCallback(id);
  }
  const id = setTimeout(() => {
    const start = performance.now();
    job({ timeRemaining: () => Math.max(0, FALLBACK_IDLE_MS - (performance.now() - start)) });
  }, 0);
  return () => clearTimeout(id);
};

/**
 * How long one slice of idle work may run, ms: at most `maxMs`, and less if the idle period ends
 * sooner (1 ms kept for the browser); `maxMs` when the slice runs because its timeout passed.
 */
export function sliceBudget(deadline: IdleDeadline, maxMs: number): number {
  const left = deadline.timeRemaining();
  return left > 0 ? Math.min(maxMs, left - 1) : maxMs;
}

/**
 * Runs `job` just after the next paint: a requestAnimationFrame callback runs just before the
 * paint, and a task queued from it runs after it, with the rest of the frame's time; `delayMs`
 * later still, if given. Returns a cancel.
 */
export function afterNextPaint(job: () => void, delayMs = 0): () => void {
  let timer: ReturnType<typeof setTimeout> | undefined;
  const frame = requestAnimationFrame(() => {
    timer = setTimeout(job, delayMs);
  });
  return () => {
    cancelAnimationFrame(frame);
    if (timer !== undefined) clearTimeout(timer);
  };
}

/**
 * Runs `job` once `stillMs` have passed, in idle time then (at the latest `timeout` ms later);
 * returns a cancel. Work kept ready for a later interaction waits so: a caller that cancels and
 * asks again at every change never runs it while changes keep coming (a drag, a scrub).
 */
export function whenStillThenIdle(
  job: () => void,
  stillMs: number,
  timeout: number,
  idle: IdleScheduler = whenIdle,
): () => void {
  let cancelIdle = () => {};
  const timer = setTimeout(() => {
    cancelIdle = idle(job, timeout);
  }, stillMs);
  return () => {
    clearTimeout(timer);
    cancelIdle();
  };
}
