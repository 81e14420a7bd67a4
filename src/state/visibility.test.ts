import { describe, expect, it } from 'vitest';
import { createAppStore } from './store';
import { parseUrl } from './urlCodec';
import { pauseWhenHidden } from './visibility';

describe('pauseWhenHidden', () => {
  it('pauses autoplay when the tab is hidden and leaves it paused when shown again', () => {
    const store = createAppStore(parseUrl('?fn=ravine'));
    let listener: (() => void) | null = null;
    const doc = {
      hidden: false,
      addEventListener: (_: string, l: () => void) => (listener = l),
      removeEventListener: () => (listener = null),
    };
    const stop = pauseWhenHidden(store, doc);
    store.getState().play();
    doc.hidden = true;
    listener!();
    expect(store.getState().playing).toBe(false);
    doc.hidden = false;
    listener!();
    expect(store.getState().playing).toBe(false);
    stop();
    expect(listener).toBeNull();
  });
});
