import { startTransition, useEffect, useState } from 'react';
import type { StoreApi } from 'zustand/vanilla';
import type { Runs } from '../../state/runs';
import type { AppState, AppStore } from '../../state/store';
import { useApp } from '../../state/StoreContext';

/** While playing slowly, the panels follow the step at most this often (ms). */
export const PANEL_INTERVAL_MS = 100;
/** While playing fast (over 15 steps/s), at most once a second: nobody reads numbers at that pace. */
export const FAST_PANEL_INTERVAL_MS = 1000;
/** The panels follow a settings change once the settings have been still this long (ms)… */
export const SETTLE_MS = 150;
/**
 * …or, while changes keep coming at a slower beat (key presses on a busy machine), 1.5 beats, up
 * to this long (ms): a pause between two presses of one sequence is not "stopped changing".
 */
export const MAX_SETTLE_MS = 500;

/** How long to wait for the settings to be still, given the time since the change before (ms). */
export function settleDelay(sincePrevious: number): number {
  if (!(sincePrevious < MAX_SETTLE_MS)) return SETTLE_MS;
  return Math.min(MAX_SETTLE_MS, Math.max(SETTLE_MS, 1.5 * sincePrevious));
}
/** Autoplay speed (steps/s) above which playing counts as fast. */
const FAST_SPEED = 15;

/** Settings the panels' own controls change one click at a time: followed at once, not settled. */
const DISCRETE: ReadonlySet<string> = new Set(['terms', 'speed']);

/** An app store frozen at one state: it never changes, so reading it never subscribes to anything. */
function frozen(state: AppState): AppStore {
  const store: StoreApi<AppState> = {
    getState: () => state,
    getInitialState: () => state,
    setState: () => {},
    subscribe: () => () => {},
  };
  return store;
}

/** True when only settings the panels' controls own changed (so the change is one discrete click). */
function onlyDiscrete(a: AppState['settings'], b: AppState['settings']): boolean {
  for (const k of Object.keys(a) as (keyof AppState['settings'])[])
    if (a[k] !== b[k] && !DISCRETE.has(k)) return false;
  return true;
}

/**
 * One sampled snapshot of the app state for the anatomy panels, as a frozen store to provide in
 * their place (AnatomySection wraps them in it). Every panel then reads the same `{step, runs,
 * settings}` whatever it selects (PanelFrame then hands it to each panel a frame apart). A new
 * snapshot is taken:
 * - for a settings change (a slider tick) only after the settings have been still for SETTLE_MS (or
 *   longer while changes keep coming, see settleDelay), so a drag never re-renders ~2,400 panel
 *   elements per tick, not even with the old runs;
 * - while playing, at most every 100 ms, and at most once a second past 15 steps/s;
 * - otherwise (stepping, Play/Pause, the panels' own checkboxes) at once.
 * Actions in the snapshot are the live store's, so a panel's control still acts on the app.
 */
export function usePanelStore(app: AppStore): AppStore {
  const [snapshot, setSnapshot] = useState(() => frozen(app.getState()));
  useEffect(() => {
    let timer: ReturnType<typeof setTimeout> | null = null;
    let settling = false;
    let lastChange = -Infinity;
    let shown = snapshot.getState();
    const flush = () => {
      if (timer !== null) clearTimeout(timer);
      timer = null;
      settling = false;
      const s = app.getState();
      if (s === shown) return;
      shown = s;
      // Playing, a transition would never finish: each frame's update restarts it (and React
      // would end up rendering it at once anyway, after seconds). So the panels take a playing
      // snapshot as a plain update, once a second; paused, in a transition.
      if (s.playing) setSnapshot(frozen(s));
      else startTransition(() => setSnapshot(frozen(s)));
    };
    const later = (ms: number, restart: boolean) => {
      if (restart && timer !== null) clearTimeout(timer);
      else if (timer !== null) return;
      timer = setTimeout(flush, ms);
    };
    const unsubscribe = app.subscribe((s, prev) => {
      if (s.playing !== prev.playing) flush();
      else if (s.settings !== prev.settings || s.problem !== prev.problem) {
        if (s.problem === prev.problem && onlyDiscrete(s.settings, prev.settings) && !settling)
          flush();
        else {
          const now = performance.now();
          settling = true;
          later(settleDelay(now - lastChange), true);
          lastChange = now;
        }
      } else if (s.step !== prev.step || s.runs !== prev.runs) {
        if (settling) return; // the settle flush takes the latest step and runs with it
        if (s.playing)
          later(s.settings.speed > FAST_SPEED ? FAST_PANEL_INTERVAL_MS : PANEL_INTERVAL_MS, false);
        else flush();
      }
    });
    // The state may have moved between the first render and this effect.
    flush();
    return () => {
      unsubscribe();
      if (timer !== null) clearTimeout(timer);
    };
    // The snapshot is read once, at subscription; later ones are this effect's own doing.
    // eslint-disable-next-line react-hooks/exhaustive-deps
  }, [app]);
  return snapshot;
}

/** The step on screen for the anatomy panels: the sampled snapshot's (see usePanelStore). */
export function usePanelStep(): number {
  return useApp((s) => s.step);
}

/** Every run for the anatomy panels, in `opt` order: the sampled snapshot's (see usePanelStore). */
export function usePanelRuns(): Runs {
  return useApp((s) => s.runs);
}
