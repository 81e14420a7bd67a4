import { afterEach, beforeEach, describe, expect, it, vi } from 'vitest';
import { createAppStore } from './store';
import { parseUrl } from './urlCodec';
import { syncUrl, URL_DEBOUNCE_MS } from './urlSync';

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
});
