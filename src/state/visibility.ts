import type { AppStore } from './store';

/** The part of `document` this needs, so tests can pass a stand-in. */
export interface VisibilitySource {
  readonly hidden: boolean;
  addEventListener(type: 'visibilitychange', listener: () => void): void;
  removeEventListener(type: 'visibilitychange', listener: () => void): void;
}

/** Pauses autoplay when the tab is hidden (nobody is watching, and timers get throttled anyway). */
export function pauseWhenHidden(store: AppStore, doc: VisibilitySource): () => void {
  const onChange = () => {
    if (doc.hidden && store.getState().playing) store.getState().pause();
  };
  doc.addEventListener('visibilitychange', onChange);
  return () => doc.removeEventListener('visibilitychange', onChange);
}
