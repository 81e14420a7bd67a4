import { afterEach, describe, expect, it, vi } from 'vitest';
import { createStore } from 'zustand/vanilla';
import { afterPaintMirror, MIRROR_DELAY_MS, MIRROR_TRAILING_MS } from './afterPaintMirror';

/** A scheduler whose "paint" the test triggers: runs every job queued so far. */
function manualPaint() {
  const jobs: (() => void)[] = [];
  return {
    schedule: (job: () => void) => {
      jobs.push(job);
    },
    paint: () => jobs.splice(0).forEach((job) => job()),
    get queued() {
      return jobs.length;
    },
  };
}

describe('afterPaintMirror', () => {
  it('starts with the source state and keeps the old state until the next paint', () => {
    const source = createStore(() => ({ beta: 0.9, step: 1000 }));
    const frame = manualPaint();
    const mirror = afterPaintMirror(source, { schedule: frame.schedule });
    expect(mirror.getState()).toEqual({ beta: 0.9, step: 1000 });
    source.setState({ beta: 0.91 });
    expect(mirror.getState().beta).toBe(0.9);
    frame.paint();
    expect(mirror.getState()).toEqual({ beta: 0.91, step: 1000 });
  });

  it('takes many changes before a paint as one update, to the newest state', () => {
    const source = createStore(() => ({ beta: 0.9 }));
    const frame = manualPaint();
    const mirror = afterPaintMirror(source, { schedule: frame.schedule });
    const seen: number[] = [];
    mirror.subscribe((s) => seen.push(s.beta));
    source.setState({ beta: 0.91 });
    source.setState({ beta: 0.92 });
    source.setState({ beta: 0.93 });
    expect(frame.queued).toBe(1);
    frame.paint();
    expect(seen).toEqual([0.93]);
    source.setState({ beta: 0.5 });
    frame.paint();
    expect(seen).toEqual([0.93, 0.5]);
  });

  it('is the very state object of the source, so selectors of unchanged slices keep their values', () => {
    const runs = [{ id: 'sgd' }];
    const source = createStore(() => ({ runs, beta: 0.9 }));
    const frame = manualPaint();
    const mirror = afterPaintMirror(source, { schedule: frame.schedule });
    source.setState({ beta: 0.8 });
    frame.paint();
    expect(mirror.getState()).toBe(source.getState());
    expect(mirror.getState().runs).toBe(runs);
  });

  it('takes the changes `now` accepts at once, and later ones still a paint later', () => {
    const source = createStore(() => ({ beta: 0.9, step: 1000 }));
    const frame = manualPaint();
    const mirror = afterPaintMirror(source, {
      schedule: frame.schedule,
      now: (next, prev) => next.step !== prev.step,
    });
    source.setState({ beta: 0.91 });
    source.setState({ step: 1001 });
    expect(mirror.getState()).toEqual({ beta: 0.91, step: 1001 });
    source.setState({ beta: 0.92 });
    expect(mirror.getState().beta).toBe(0.91);
    frame.paint();
    expect(mirror.getState()).toEqual({ beta: 0.92, step: 1001 });
  });

  it('while spacing asks for it, follows the first change after the spacing, or a timer if none comes', () => {
    const source = createStore(() => ({ beta: 0.9 }));
    const frame = manualPaint();
    let time = 0;
    const timers: { at: number; job: () => void }[] = [];
    const advance = (ms: number) => {
      time += ms;
      for (const t of timers.filter((t) => t.at <= time)) {
        timers.splice(timers.indexOf(t), 1);
        t.job();
      }
    };
    let held = true;
    const mirror = afterPaintMirror(source, {
      schedule: frame.schedule,
      spacing: () => (held ? 100 : 0),
      clock: () => time,
      wait: (job, ms) => {
        const timer = { at: time + ms, job };
        timers.push(timer);
        return () => {
          const i = timers.indexOf(timer);
          if (i >= 0) timers.splice(i, 1);
        };
      },
    });
    const seen: number[] = [];
    mirror.subscribe((s) => seen.push(s.beta));
    // The first change of a drag follows at the next paint, as always.
    source.setState({ beta: 0.91 });
    expect(frame.queued).toBe(1);
    frame.paint();
    expect(seen).toEqual([0.91]);
    // Changes within 100 ms of that update wait; the first one after it follows at its paint.
    advance(16);
    source.setState({ beta: 0.92 });
    advance(16);
    source.setState({ beta: 0.93 });
    expect(frame.queued).toBe(0);
    // 102 ms after the update: still nothing queued; a timer would have queued it at 100 ms, to
    // land between two moves' frames.
    advance(70);
    expect(frame.queued).toBe(0);
    source.setState({ beta: 0.94 });
    expect(frame.queued).toBe(1);
    expect(timers).toHaveLength(0);
    frame.paint();
    expect(seen).toEqual([0.91, 0.94]);
    // A drag that stops: the last change follows MIRROR_TRAILING_MS after the spacing.
    advance(10);
    source.setState({ beta: 0.95 });
    advance(100 - 10 + MIRROR_TRAILING_MS - 1);
    expect(frame.queued).toBe(0);
    advance(1);
    expect(frame.queued).toBe(1);
    frame.paint();
    expect(seen).toEqual([0.91, 0.94, 0.95]);
    // Released: the next change follows at the next paint again.
    held = false;
    advance(10);
    source.setState({ beta: 0.5 });
    expect(frame.queued).toBe(1);
    frame.paint();
    expect(seen).toEqual([0.91, 0.94, 0.95, 0.5]);
  });

  describe('by default', () => {
    afterEach(() => {
      vi.useRealTimers();
      vi.unstubAllGlobals();
    });

    it('updates MIRROR_DELAY_MS after the next frame hands over, not at once after it', () => {
      // The frame's raster and draw go on for several ms on other threads; on 2 cores the
      // update's task competes with them if it comes at once (presses over 16.7 ms, 4 runs,
      // 6 alternating loads: 4, 3, 2, 2, 2, 2 at 0 ms → 1, 1, 2, 1, 1, 1 at 8 ms).
      vi.useFakeTimers();
      const frames: FrameRequestCallback[] = [];
      vi.stubGlobal('requestAnimationFrame', (f: FrameRequestCallback) => frames.push(f));
      vi.stubGlobal('cancelAnimationFrame', () => {});
      const source = createStore(() => ({ beta: 0.9 }));
      const mirror = afterPaintMirror(source);
      source.setState({ beta: 0.91 });
      vi.advanceTimersByTime(50);
      expect(mirror.getState().beta).toBe(0.9);
      frames.splice(0).forEach((f) => f(0));
      vi.advanceTimersByTime(MIRROR_DELAY_MS - 1);
      expect(mirror.getState().beta).toBe(0.9);
      vi.advanceTimersByTime(1);
      expect(mirror.getState().beta).toBe(0.91);
    });
  });
});
