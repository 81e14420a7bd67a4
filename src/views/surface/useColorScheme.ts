import { useSyncExternalStore } from 'react';

let list: MediaQueryList | null | undefined;
/** The one MediaQueryList, made on first use: matchMedia per render evaluates the query anew. */
const query = () =>
  (list ??= typeof matchMedia === 'function' ? matchMedia('(prefers-color-scheme: dark)') : null);

const subscribe = (onChange: () => void) => {
  const mq = query();
  mq?.addEventListener('change', onChange);
  return () => mq?.removeEventListener('change', onChange);
};
const snapshot = (): 'dark' | 'light' => (query()?.matches ? 'dark' : 'light');

/**
 * 'dark' or 'light', following the system setting live. Canvas layers key their resolved CSS
 * colours on it, so they read computed styles once per scheme instead of once per frame
 * (getComputedStyle forces a style recalculation, ~4 ms here).
 */
export function useColorScheme(): 'dark' | 'light' {
  return useSyncExternalStore(subscribe, snapshot, () => 'light');
}
