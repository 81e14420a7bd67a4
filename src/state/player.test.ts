import { describe, expect, it } from 'vitest';
import { createAppStore } from './store';
import { findRun } from './runs';
import { parseUrl } from './urlCodec';
import { startPlayer } from './player';
import type { IdleDeadline } from './schedule';

/** A fake clock of animation frames, advanced by hand. */
function fakeFrames() {
  let next: ((now: number) => void) | null = null;
  let now = 0;
  return {
    frames: {
      request: (cb: (now: number) => void) => {
        next = cb;
        return 1;
      },
      cancel: () => {
        next = null;
      },
    },
    advance(ms: number) {
      now += ms;
      const cb = next;
      next = null;
      cb?.(now);
    },
    get pending() {
      return next !== null;
    },
  };
}

describe('startPlayer', () => {
  it('advances at the chosen speed in steps per second while playing', () => {
    const store = createAppStore(parseUrl('?fn=ravine&speed=8'));
    const clock = fakeFrames();
    startPlayer(store, clock.frames);
    store.getState().play();
    clock.advance(16); // first frame: one step right away
    expect(store.getState().step).toBe(1);
    for (let i = 0; i < 60; i++) clock.advance(1000 / 60);
    expect(store.getState().step).toBeGreaterThanOrEqual(8);
    expect(store.getState().step).toBeLessThanOrEqual(10);
  });

  it('stops requesting frames when paused', () => {
    const store = createAppStore(parseUrl('?fn=ravine'));
    const clock = fakeFrames();
    startPlayer(store, clock.frames);
    store.getState().play();
    clock.advance(16);
    store.getState().pause();
    expect(clock.pending).toBe(false);
    const step = store.getState().step;
    clock.advance(1000);
    expect(store.getState().step).toBe(step);
  });

  it('pauses by itself once both runs have settled', () => {
    const store = createAppStore(parseUrl('?fn=quadratic&w0=1&eta=2.5&beta=0.9&speed=2000'));
    const clock = fakeFrames();
    startPlayer(store, clock.frames);
    store.getState().play();
    for (let i = 0; i < 50 && store.getState().playing; i++) clock.advance(100);
    expect(store.getState().playing).toBe(false);
    const sgd = findRun(store.getState().runs, 'sgd')!;
    const momentum = findRun(store.getState().runs, 'momentum')!;
    expect(store.getState().step).toBe(Math.max(sgd.divergedAt!, momentum.divergedAt!));
  });

  it('keeps the runs computed ahead in idle slices, so no frame extends them', () => {
    const store = createAppStore(
      parseUrl('?fn=rosenbrock&speed=10000&opt=sgd,momentum,nesterov,adam'),
    );
    const clock = fakeFrames();
    const jobs: ((d: IdleDeadline) => void)[] = [];
    startPlayer(store, clock.frames, (job) => {
      jobs.push(job);
      return () => jobs.splice(jobs.indexOf(job), 1);
    });
    let inFrame = 0;
    let aheadTakenUp = 0;
    store.subscribe((s, prev) => {
      if (s.runs !== prev.runs && s.step !== prev.step) inFrame++;
      if (s.runs !== prev.runs && s.step === prev.step) aheadTakenUp++;
    });
    store.getState().play();
    for (let i = 0; i < 120 && store.getState().playing; i++) {
      clock.advance(1000 / 60);
      // The idle time between frames: every slice asked for runs.
      while (jobs.length > 0) jobs.shift()!({ timeRemaining: () => 10 });
    }
    expect(store.getState().step).toBeGreaterThan(15000);
    expect(inFrame).toBe(0);
    expect(aheadTakenUp).toBeGreaterThan(0);
    for (const e of store.getState().runs)
      if (e.run.divergedAt === null)
        expect(e.run.length - 1).toBeGreaterThanOrEqual(store.getState().step);
  });

  it('Pause cancels the extension waiting for idle time', () => {
    const store = createAppStore(parseUrl('?fn=rosenbrock&speed=10000'));
    const clock = fakeFrames();
    const jobs: ((d: IdleDeadline) => void)[] = [];
    startPlayer(store, clock.frames, (job) => {
      jobs.push(job);
      return () => jobs.splice(jobs.indexOf(job), 1);
    });
    store.getState().play();
    clock.advance(16);
    expect(jobs.length).toBe(1);
    store.getState().pause();
    expect(jobs.length).toBe(0);
    expect(clock.pending).toBe(false);
  });
});
