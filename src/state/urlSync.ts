import type { AppStore } from './store';
import { serializeUrl } from './urlCodec';

/** Longest wait between a change and the URL rewrite (DESIGN §3: at most 250 ms). */
export const URL_DEBOUNCE_MS = 200;

/**
 * Keeps the address bar in step with the store: every change of settings or step rewrites the
 * query with replaceState, debounced so a playing run rewrites it a few times a second, not per frame.
 * The first write, of the canonical query for the opening state, happens immediately.
 */
export function syncUrl(store: AppStore, write: (query: string) => void): () => void {
  let timer: ReturnType<typeof setTimeout> | null = null;
  let lastWritten = '';
  const flush = () => {
    timer = null;
    const { settings, step } = store.getState();
    const query = serializeUrl({ settings, step });
    if (query !== lastWritten) {
      lastWritten = query;
      write(query);
    }
  };
  // Write the canonical link at once, so a link that omitted keys now shows them all.
  flush();
  const unsubscribe = store.subscribe((s, prev) => {
    if (s.settings === prev.settings && s.step === prev.step) return;
    // Throttle rather than debounce: while playing, a trailing debounce would never fire.
    timer ??= setTimeout(flush, URL_DEBOUNCE_MS);
  });
  return () => {
    unsubscribe();
    if (timer !== null) clearTimeout(timer);
  };
}
