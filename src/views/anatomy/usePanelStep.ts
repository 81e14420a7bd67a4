import { startTransition, useDeferredValue, useEffect, useState } from 'react';
import type { Runs } from '../../state/runs';
import { useApp, useAppStore } from '../../state/StoreContext';

/** While playing, the panels follow the step at most this often (ms); paused, they follow at once. */
export const PANEL_INTERVAL_MS = 100;
/** The interval when autoplay is fast (over 15 steps/s): nobody reads numbers at that pace. */
export const FAST_PANEL_INTERVAL_MS = 250;

/**
 * The step on screen for the anatomy panels. Paused, it is the store's step exactly. While
 * playing, it is sampled every 100 ms (250 ms past 15 steps/s): typesetting, the waterfall and
 * the table then redraw a few times a second instead of every animation frame, so the plot keeps
 * 60 frames a second.
 */
export function usePanelStep(): number {
  const store = useAppStore();
  const [step, setStep] = useState(() => store.getState().step);
  useEffect(() => {
    let timer: ReturnType<typeof setTimeout> | null = null;
    const flush = () => {
      timer = null;
      // A transition: React renders the panels in slices between frames, never blocking one.
      startTransition(() => setStep(store.getState().step));
    };
    const unsubscribe = store.subscribe((s) => {
      if (!s.playing) {
        if (timer !== null) clearTimeout(timer);
        flush();
      } else
        timer ??= setTimeout(
          flush,
          s.settings.speed > 15 ? FAST_PANEL_INTERVAL_MS : PANEL_INTERVAL_MS,
        );
    });
    // The step may have moved between this component's render and this effect.
    flush();
    return () => {
      unsubscribe();
      if (timer !== null) clearTimeout(timer);
    };
  }, [store]);
  return step;
}

/**
 * Every run for the anatomy panels, in `opt` order, deferred: when a slider changes the settings, the plot
 * redraws first and the panels follow in a background render, so dragging β or η stays within
 * a frame.
 */
export function usePanelRuns(): Runs {
  return useDeferredValue(useApp((s) => s.runs));
}
