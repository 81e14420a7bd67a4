import type { AppStore } from './store';
import type { IdleScheduler } from './schedule';
import { serializeUrl } from './urlCodec';
import { NO_HOLD, type PointerHold } from './pointerHold';

/** Longest wait between a change and the URL rewrite (DESIGN §3: at most 250 ms). */
export const URL_DEBOUNCE_MS = 200;
/** How long the rewrite may wait for an idle moment after that, ms (so 200 + 50 ≤ 250). */
export const URL_IDLE_MS = 50;
/**
 * While playing, the link follows the step at most this often, ms. Every rewrite costs Chromium
 * several ms, and as much again to fetch and decode the favicon it reloads on each one.
 */
export const URL_PLAYING_MS = 1000;

const AT_ONCE: IdleScheduler = (job) => {
  job({ timeRemaining: () => 0 });
  return () => {};
};

/**
 * Keeps the address bar in step with the store: every change of settings or step rewrites the
 * query with replaceState, URL_DEBOUNCE_MS after the changes stop (then in an idle moment, within
 * URL_IDLE_MS: replaceState costs several ms in Chromium, and so does the favicon it makes the
 * page reload, so never inside a frame that moves the plot). While playing, at most once every
 * URL_PLAYING_MS (a debounce would never fire); once paused, within the 250 ms again. While a
 * pointer is down (a slider, w₀ or the map being dragged) nothing is written: the link follows
 * once the drag ends. The first write, of the canonical query for the opening state, happens
 * immediately. `hold` and `idle` are injectable for tests.
 */
export function syncUrl(
  store: AppStore,
  write: (query: string) => void,
  hold: PointerHold = NO_HOLD,
  idle: IdleScheduler = AT_ONCE,
): () => void {
  let timer: ReturnType<typeof setTimeout> | null = null;
  let cancel: (() => void) | null = null;
  let lastWritten = '';
  const writeNow = () => {
    const { settings, step } = store.getState();
    const query = serializeUrl({ settings, step });
    if (query !== lastWritten) {
      lastWritten = query;
      write(query);
    }
  };
  const flush = () => {
    timer = null;
    if (cancel) return;
    let done = false;
    const run = () => {
      done = true;
      cancel = null;
      writeNow();
    };
    // Mid-drag: wait for the pointer to come up, then write at once.
    const pending = hold.held() ? hold.onRelease(run) : idle(run, URL_IDLE_MS);
    if (!done) cancel = pending;
  };
  // Write the canonical link at once, so a link that omitted keys now shows them all.
  writeNow();
  const unsubscribe = store.subscribe((s, prev) => {
    const paused = !s.playing && prev.playing;
    if (s.settings === prev.settings && s.step === prev.step && !paused) return;
    // Playing: throttle (a debounce would never fire). Else debounce, restarted by each change.
    if (s.playing && timer !== null) return;
    if (timer !== null) clearTimeout(timer);
    timer = setTimeout(flush, s.playing ? URL_PLAYING_MS : URL_DEBOUNCE_MS);
  });
  return () => {
    unsubscribe();
    if (timer !== null) clearTimeout(timer);
    cancel?.();
  };
}
