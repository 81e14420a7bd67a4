import { afterEach, beforeEach, describe, expect, it, vi } from 'vitest';
import { pointerHold } from '../state/pointerHold';
import { skipPanelsWhileSliding, type SlidingDocument } from './skipPanelsWhileSliding';

/**
 * A document whose listeners the test calls directly, with the event's fields it names; it counts
 * the layouts forced by reading the root's offsetHeight. Paints happen when the test says so.
 */
function fakeDocument() {
  const listeners = new Map<string, Set<(e: Event) => void>>();
  const on = (type: string, l: EventListenerOrEventListenerObject) => {
    if (typeof l !== 'function') throw new Error('function listeners only');
    if (!listeners.has(type)) listeners.set(type, new Set());
    listeners.get(type)!.add(l);
  };
  const off = (type: string, l: EventListenerOrEventListenerObject) => {
    if (typeof l === 'function') listeners.get(type)?.delete(l);
  };
  let layouts = 0;
  const doc: SlidingDocument = {
    addEventListener: on,
    removeEventListener: off,
    documentElement: {
      dataset: {},
      get offsetHeight() {
        layouts++;
        return 0;
      },
    },
    defaultView: { addEventListener: on, removeEventListener: off },
  };
  const fire = (type: string, target: object | null, extra: object = {}) =>
    listeners.get(type)?.forEach((l) => l({ type, target, ...extra } as unknown as Event));
  const count = () => [...listeners.values()].reduce((n, s) => n + s.size, 0);
  const mark = () => doc.documentElement.dataset.sliding;
  // Jobs wait for the next paint(), then their delay on the (fake) timers.
  let waiting: (() => void)[] = [];
  const afterPaint = (job: () => void, delayMs: number) => {
    let timer: ReturnType<typeof setTimeout> | undefined;
    const atPaint = () => (timer = setTimeout(job, delayMs));
    waiting.push(atPaint);
    return () => {
      waiting = waiting.filter((w) => w !== atPaint);
      clearTimeout(timer);
    };
  };
  const paint = () => {
    const due = waiting;
    waiting = [];
    due.forEach((atPaint) => atPaint());
    vi.advanceTimersByTime(4);
  };
  return { doc, fire, count, mark, paint, afterPaint, layouts: () => layouts };
}

/** The app's wiring on a fake document: the real pointerHold, test paints, a 100 ms hold. */
function skipOn(d: ReturnType<typeof fakeDocument>) {
  return skipPanelsWhileSliding(d.doc, pointerHold(d.doc), {
    holdMs: 100,
    afterPaint: d.afterPaint,
  });
}

const slider = { tagName: 'INPUT', type: 'range' };
const box = { tagName: 'INPUT', type: 'number' };

describe('skipPanelsWhileSliding', () => {
  beforeEach(() => vi.useFakeTimers());
  afterEach(() => vi.useRealTimers());

  it('marks the root after the paint that answers a press on a slider, until the hold after its release', () => {
    const d = fakeDocument();
    skipOn(d);
    d.fire('pointerdown', slider);
    expect(d.mark()).toBeUndefined(); // not in the press's own frame
    d.paint();
    expect(d.mark()).toBe('true');
    expect(d.layouts()).toBe(1); // the switch's style, forced in its own task
    d.paint();
    expect(d.layouts()).toBe(2); // the skipped panels' layout, after the frame that found them
    vi.advanceTimersByTime(5000); // a long drag: still marked while the pointer is down
    d.fire('pointermove', null);
    expect(d.mark()).toBe('true');
    d.fire('pointerup', null);
    vi.advanceTimersByTime(99);
    expect(d.mark()).toBe('true');
    vi.advanceTimersByTime(1);
    expect(d.mark()).toBeUndefined();
  });

  it('does not mark for a click released before the paint, nor for a press on anything else', () => {
    const d = fakeDocument();
    skipOn(d);
    d.fire('pointerdown', slider);
    d.fire('pointerup', slider);
    d.paint();
    d.fire('pointerdown', box);
    d.paint();
    d.fire('pointerup', box);
    d.fire('pointerdown', null);
    d.paint();
    vi.advanceTimersByTime(1000);
    expect(d.mark()).toBeUndefined();
    expect(d.layouts()).toBe(0);
  });

  it('marks for a key repeating on a slider, not for single presses, and holds across repeats', () => {
    const d = fakeDocument();
    skipOn(d);
    d.fire('keydown', slider, { repeat: false });
    d.fire('keyup', slider);
    d.fire('keydown', box, { repeat: true });
    d.paint();
    expect(d.mark()).toBeUndefined();
    d.fire('keydown', slider, { repeat: false });
    d.fire('keydown', slider, { repeat: true });
    d.paint();
    expect(d.mark()).toBe('true');
    d.fire('keyup', slider);
    vi.advanceTimersByTime(50);
    d.fire('keydown', slider, { repeat: true }); // held again within the hold: stays marked
    vi.advanceTimersByTime(500);
    expect(d.mark()).toBe('true');
    d.fire('keyup', slider);
    vi.advanceTimersByTime(100);
    expect(d.mark()).toBeUndefined();
  });

  it('lets a lost focus end a slide whose pointerup never came', () => {
    const d = fakeDocument();
    skipOn(d);
    d.fire('pointerdown', slider);
    d.paint();
    d.fire('blur', null);
    vi.advanceTimersByTime(100);
    expect(d.mark()).toBeUndefined();
  });

  it('removes its listeners, its pending switch and the mark when cleaned up', () => {
    const d = fakeDocument();
    const hold = pointerHold(d.doc);
    const before = d.count(); // pointerHold's own listeners stay for the page's life
    const stop = skipPanelsWhileSliding(d.doc, hold, { holdMs: 100, afterPaint: d.afterPaint });
    expect(d.count() - before).toBe(4);
    d.fire('pointerdown', slider);
    d.paint();
    expect(d.mark()).toBe('true');
    stop();
    expect(d.mark()).toBeUndefined();
    expect(d.count()).toBe(before);
    d.paint();
    expect(d.layouts()).toBe(1);
    d.fire('pointerdown', slider);
    d.paint();
    expect(d.mark()).toBeUndefined();
  });
});
