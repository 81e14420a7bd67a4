import { afterEach, beforeEach, describe, expect, it, vi } from 'vitest';
import { sliceBudget, whenStillThenIdle, type IdleScheduler } from './schedule';

describe('sliceBudget', () => {
  const left = (ms: number) => ({ timeRemaining: () => ms });

  it('takes at most the slice, and less when the idle period ends sooner (1 ms kept)', () => {
    expect(sliceBudget(left(12), 4)).toBe(4);
    expect(sliceBudget(left(3), 4)).toBe(2);
  });

  it('takes the whole slice when it runs because its timeout passed (no idle time left)', () => {
    expect(sliceBudget(left(0), 4)).toBe(4);
  });
});

describe('whenStillThenIdle', () => {
  beforeEach(() => void vi.useFakeTimers());
  afterEach(() => void vi.useRealTimers());
  /** An idle scheduler that runs its jobs when told, recording each timeout asked for. */
  function idle() {
    const asked: number[] = [];
    let jobs: (() => void)[] = [];
    const schedule: IdleScheduler = (job, timeout) => {
      asked.push(timeout);
      const run = () => job({ timeRemaining: () => 10 });
      jobs.push(run);
      return () => (jobs = jobs.filter((j) => j !== run));
    };
    const idleNow = () => jobs.splice(0).forEach((j) => j());
    return { schedule, asked, idleNow };
  }

  it('runs the job in idle time once the still time has passed, not before', () => {
    const i = idle();
    let ran = 0;
    whenStillThenIdle(() => ran++, 250, 1000, i.schedule);
    vi.advanceTimersByTime(249);
    expect(i.asked).toEqual([]);
    vi.advanceTimersByTime(1);
    expect(i.asked).toEqual([1000]);
    expect(ran).toBe(0);
    i.idleNow();
    expect(ran).toBe(1);
  });

  it('never runs a job cancelled before its still time or its idle time', () => {
    const i = idle();
    let ran = 0;
    whenStillThenIdle(() => ran++, 250, 1000, i.schedule)();
    const late = whenStillThenIdle(() => ran++, 250, 1000, i.schedule);
    vi.advanceTimersByTime(300);
    late();
    i.idleNow();
    vi.advanceTimersByTime(2000);
    expect(ran).toBe(0);
  });
});
