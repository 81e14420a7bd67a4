import { useSyncExternalStore } from 'react';

let list: MediaQueryList | null | undefined;
const query = () => (list ??= typeof matchMedia === 'function' ? matchMedia('print') : null);

// Print media applies only after beforeprint has run, so the event marks printing too.
let printing = false;
const listeners = new Set<() => void>();
if (typeof addEventListener === 'function') {
  const set = (on: boolean) => () => {
    printing = on;
    listeners.forEach((l) => l());
  };
  addEventListener('beforeprint', set(true));
  addEventListener('afterprint', set(false));
}

const subscribe = (onChange: () => void) => {
  const mq = query();
  mq?.addEventListener('change', onChange);
  listeners.add(onChange);
  return () => {
    mq?.removeEventListener('change', onChange);
    listeners.delete(onChange);
  };
};
const snapshot = () => printing || (query()?.matches ?? false);

/**
 * True while the page is printed (print, "Save as PDF", page.pdf()) or laid out for print media:
 * from beforeprint, whose update renders before the print layout, to afterprint.
 */
export function usePrinting(): boolean {
  return useSyncExternalStore(subscribe, snapshot, () => false);
}
