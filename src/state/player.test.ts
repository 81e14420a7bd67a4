import { describe, expect, it } from 'vitest';
import { createAppStore } from './store';
import { findRun } from './runs';
import { parseUrl } from './urlCodec';
import { startPlayer } from './player';

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
});
