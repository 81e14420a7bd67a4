import { useSyncExternalStore } from 'react';

const query = () =>
  typeof matchMedia === 'function' ? matchMedia('(prefers-color-scheme: dark)') : null;

/**
 * 'dark' or 'light', following the system setting live. Canvas layers key their resolved CSS
 * colours on it, so they read computed styles once per scheme instead of once per frame
 * (getComputedStyle forces a style recalculation, ~4 ms here).
 */
export function useColorScheme(): 'dark' | 'light' {
  return useSyncExternalStore(
    (onChange) => {
      const mq = query();
      mq?.addEventListener('change', onChange);
      return () => mq?.removeEventListener('change', onChange);
    },
    () => (query()?.matches ? 'dark' : 'light'),
    () => 'light',
  );
}
