import { afterEach, beforeEach, describe, expect, it, vi } from 'vitest';
import { createAppStore } from './store';
import { parseUrl } from './urlCodec';
import type { IdleDeadline } from './schedule';
import { syncUrl, URL_DEBOUNCE_MS, URL_IDLE_MS, URL_PLAYING_MS } from './urlSync';

describe('syncUrl', () => {
  beforeEach(() => {
    vi.useFakeTimers();
  });
  afterEach(() => {
    vi.useRealTimers();
  });

  it('rewrites the query at most once per debounce window, with every contract key', () => {
    const store = createAppStore(parseUrl('?fn=ravine'));
    const writes: string[] = [];
    syncUrl(store, (q) => writes.push(q));
    expect(writes).toEqual(['?v=1&fn=ravine&w0=-9,3&eta=0.038&beta=0.7&step=0']);
    for (let i = 0; i < 30; i++) store.getState().stepBy(1);
    expect(writes).toHaveLength(1);
    vi.advanceTimersByTime(URL_DEBOUNCE_MS);
    expect(writes[1]).toBe('?v=1&fn=ravine&w0=-9,3&eta=0.038&beta=0.7&step=30');
    store.getState().setBeta(0.5);
    vi.advanceTimersByTime(URL_DEBOUNCE_MS);
    expect(writes[2]).toContain('beta=0.5');
    expect(URL_DEBOUNCE_MS).toBeLessThanOrEqual(250);
  });

  it('does not rewrite when nothing that the URL holds changed', () => {
    const store = createAppStore(parseUrl('?fn=ravine'));
    const writes: string[] = [];
    syncUrl(store, (q) => writes.push(q));
    store.getState().play();
    store.getState().pause();
    vi.advanceTimersByTime(1000);
    expect(writes).toHaveLength(1);
  });

  it('writes nothing mid-drag and the latest state as soon as the pointer is up', () => {
    const store = createAppStore(parseUrl('?fn=ravine'));
    const writes: string[] = [];
    let down = true;
    let released: (() => void) | null = null;
    syncUrl(store, (q) => writes.push(q), {
      held: () => down,
      onRelease: (cb) => {
        released = cb;
        return () => (released = null);
      },
    });
    for (const beta of [0.5, 0.6, 0.7, 0.8]) {
      store.getState().setBeta(beta);
      vi.advanceTimersByTime(URL_DEBOUNCE_MS);
    }
    expect(writes).toHaveLength(1);
    down = false;
    (released as (() => void) | null)?.();
    expect(writes).toHaveLength(2);
    expect(writes[1]).toContain('beta=0.8');
  });

  it('writes in an idle moment, within URL_DEBOUNCE_MS + URL_IDLE_MS ≤ 250 ms', () => {
    const store = createAppStore(parseUrl('?fn=ravine'));
    const writes: string[] = [];
    const idle = (job: (d: IdleDeadline) => void, timeout: number) => {
      const id = setTimeout(() => job({ timeRemaining: () => 0 }), timeout);
      return () => clearTimeout(id);
    };
    syncUrl(store, (q) => writes.push(q), undefined, idle);
    store.getState().setBeta(0.5);
    vi.advanceTimersByTime(URL_DEBOUNCE_MS);
    expect(writes).toHaveLength(1);
    vi.advanceTimersByTime(URL_IDLE_MS);
    expect(writes).toHaveLength(2);
    expect(URL_DEBOUNCE_MS + URL_IDLE_MS).toBeLessThanOrEqual(250);
  });

  it('waits for changes to stop, then writes within 250 ms; while playing once a second', () => {
    const store = createAppStore(parseUrl('?fn=ravine'));
    const writes: string[] = [];
    syncUrl(store, (q) => writes.push(q));
    // Key repeat on a slider: a change every 30 ms, no write until they stop.
    for (let i = 1; i <= 20; i++) {
      store.getState().setBeta(0.4 + i / 100);
      vi.advanceTimersByTime(30);
    }
    expect(writes).toHaveLength(1);
    vi.advanceTimersByTime(URL_DEBOUNCE_MS - 30);
    expect(writes).toHaveLength(2);
    expect(writes[1]).toContain('beta=0.6');

    store.getState().play();
    for (let i = 0; i < 120; i++) {
      store.getState().stepBy(1);
      vi.advanceTimersByTime(1000 / 60);
    }
    // Two seconds of play: a write a second, not ten (one per 200 ms).
    expect(writes.length - 2).toBeGreaterThanOrEqual(1);
    expect(writes.length - 2).toBeLessThanOrEqual(2);
    store.getState().pause();
    const step = store.getState().step;
    vi.advanceTimersByTime(URL_DEBOUNCE_MS);
    expect(writes[writes.length - 1]).toContain(`step=${step}`);
    expect(URL_PLAYING_MS).toBeGreaterThan(URL_DEBOUNCE_MS);
  });
});
