import { afterEach, beforeEach, describe, expect, it, vi } from 'vitest';
import { skipPanelsWhileSliding, type SlidingDocument } from './skipPanelsWhileSliding';

/** A document whose listeners the test calls directly, with the event's fields it names. */
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
  const doc: SlidingDocument = {
    addEventListener: on,
    removeEventListener: off,
    documentElement: { dataset: {} },
    defaultView: { addEventListener: on, removeEventListener: off },
  };
  const fire = (type: string, target: object | null, extra: object = {}) =>
    listeners.get(type)?.forEach((l) => l({ type, target, ...extra } as unknown as Event));
  const count = () => [...listeners.values()].reduce((n, s) => n + s.size, 0);
  const mark = () => doc.documentElement.dataset.sliding;
  return { doc, fire, count, mark };
}

const slider = { tagName: 'INPUT', type: 'range' };
const box = { tagName: 'INPUT', type: 'number' };

describe('skipPanelsWhileSliding', () => {
  beforeEach(() => vi.useFakeTimers());
  afterEach(() => vi.useRealTimers());

  it('marks the root once a pointer pressed on a slider moves, until the hold after its release', () => {
    const { doc, fire, mark } = fakeDocument();
    skipPanelsWhileSliding(doc, 100);
    fire('pointerdown', slider);
    expect(mark()).toBeUndefined(); // a click alone changes one value: nothing to skip for
    fire('pointermove', slider);
    expect(mark()).toBe('true');
    vi.advanceTimersByTime(5000); // a long drag: still marked while the pointer is down
    fire('pointermove', null); // the pointer may leave the slider mid-drag
    expect(mark()).toBe('true');
    fire('pointerup', null);
    vi.advanceTimersByTime(99);
    expect(mark()).toBe('true');
    vi.advanceTimersByTime(1);
    expect(mark()).toBeUndefined();
    fire('pointermove', slider); // hovering after the drag
    expect(mark()).toBeUndefined();
  });

  it('does not mark for a click on a slider, or a drag that started anywhere else', () => {
    const { doc, fire, mark } = fakeDocument();
    skipPanelsWhileSliding(doc, 100);
    fire('pointerdown', slider);
    fire('pointerup', slider);
    fire('pointermove', slider);
    fire('pointerdown', box);
    fire('pointermove', slider);
    fire('pointerdown', null);
    fire('pointermove', slider);
    vi.advanceTimersByTime(1000);
    expect(mark()).toBeUndefined();
  });

  it('marks for a key repeating on a slider, not for single presses, and holds across repeats', () => {
    const { doc, fire, mark } = fakeDocument();
    skipPanelsWhileSliding(doc, 100);
    fire('keydown', slider, { repeat: false });
    fire('keyup', slider);
    fire('keydown', box, { repeat: true });
    expect(mark()).toBeUndefined();
    fire('keydown', slider, { repeat: false });
    fire('keydown', slider, { repeat: true });
    expect(mark()).toBe('true');
    fire('keyup', slider);
    vi.advanceTimersByTime(50);
    fire('keydown', slider, { repeat: true }); // held again within the hold: stays marked
    vi.advanceTimersByTime(500);
    expect(mark()).toBe('true');
    fire('keyup', slider);
    vi.advanceTimersByTime(100);
    expect(mark()).toBeUndefined();
  });

  it('lets a lost focus end a slide whose pointerup never came', () => {
    const { doc, fire, mark } = fakeDocument();
    skipPanelsWhileSliding(doc, 100);
    fire('pointerdown', slider);
    fire('pointermove', slider);
    fire('blur', null);
    vi.advanceTimersByTime(100);
    expect(mark()).toBeUndefined();
    fire('pointermove', slider); // no longer pressed
    expect(mark()).toBeUndefined();
  });

  it('removes its listeners and the mark when cleaned up', () => {
    const { doc, fire, count, mark } = fakeDocument();
    const stop = skipPanelsWhileSliding(doc, 100);
    expect(count()).toBe(7);
    fire('pointerdown', slider);
    fire('pointermove', slider);
    stop();
    expect(mark()).toBeUndefined();
    expect(count()).toBe(0);
    fire('pointerdown', slider);
    fire('pointermove', slider);
    expect(mark()).toBeUndefined();
  });
});
