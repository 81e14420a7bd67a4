import { createContext, useContext } from 'react';
import { useStore } from 'zustand';
import { afterPaintMirror, MIRROR_DRAG_SPACING_MS } from './afterPaintMirror';
import type { AppState, AppStore } from './store';
import type { PointerHold } from './pointerHold';

/** Carries the app's one store to components (tests may provide their own). */
export const StoreContext = createContext<AppStore | null>(null);

/**
 * The app's one pointerHold (main.tsx): while a pointer is down, what useAppAfterPaint reads
 * follows at most every MIRROR_DRAG_SPACING_MS. Without a provider (tests) it never waits.
 */
export const PointerHoldContext = createContext<PointerHold | null>(null);

/** The store itself, for effects that subscribe without re-rendering. */
export function useAppStore(): AppStore {
  const store = useContext(StoreContext);
  if (!store) throw new Error('useAppStore outside <StoreContext.Provider>');
  return store;
}

/** Reads a slice of app state; the component re-renders only when that slice changes. */
export function useApp<T>(selector: (s: AppState) => T): T {
  return useStore(useAppStore(), selector);
}

/** The store's actions; they never change, so reading them does not subscribe to anything. */
export function useActions(): AppState {
  return useAppStore().getState();
}

/** Each store's copy a paint behind (afterPaintMirror), made on first use. */
const mirrors = new WeakMap<AppStore, AppStore>();

/**
 * Reads a slice of app state as it was at the last paint, updated just after the next one
 * (MIRROR_DELAY_MS after it; a new step at once; while a pointer is down, at most every
 * MIRROR_DRAG_SPACING_MS): for text a person reads beside the plot (readout, legend, the lesson's
 * caveat), so that a slider's frame carries only the slider and the plot. Not for anything the
 * plot draws or an input shows.
 */
export function useAppAfterPaint<T>(selector: (s: AppState) => T): T {
  const store = useAppStore();
  const hold = useContext(PointerHoldContext);
  let mirror = mirrors.get(store);
  if (!mirror) {
    mirror = afterPaintMirror(store, {
      // Steps at once: the step read beside the plot is the step on screen, and Pause stops both.
      now: (next, prev) => next.step !== prev.step,
      spacing: () => (hold?.held() ? MIRROR_DRAG_SPACING_MS : 0),
    });
    mirrors.set(store, mirror);
  }
  return useStore(mirror, selector);
}
