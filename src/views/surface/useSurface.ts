import { useEffect, useMemo, useSyncExternalStore } from 'react';
import type { Interval, Preset, PresetId } from '../../core/presets';
import {
  createContourClient,
  type ContourClient,
  type ContourJob,
} from '../../workers/contourClient';
import {
  cachedModel,
  modelFrom,
  PERF,
  storeModel,
  surfaceLevels,
  type SurfaceLevels,
  type SurfaceModel,
} from './surfaceLevels';

const listeners = new Set<() => void>();
const notify = () => listeners.forEach((l) => l());
const subscribe = (l: () => void) => {
  listeners.add(l);
  return () => listeners.delete(l);
};

/** Jobs' levels by key, so an answer is filed with the levels it was contoured at. */
const levelsOf = new Map<string, SurfaceLevels>();
/** Presets by key, for contouring on this thread when there is no worker. */
const presetOf = new Map<string, Preset>();

let client: ContourClient | null = null;

function contourClient(): ContourClient {
  client ??= createContourClient(
    () =>
      new Worker(new URL('../../workers/contour.worker.ts', import.meta.url), { type: 'module' }),
    {
      answer: (job, a) => {
        const lv = levelsOf.get(job.key);
        levelsOf.delete(job.key);
        presetOf.delete(job.key);
        if (!lv) return;
        storeModel(job.key, modelFrom(lv, a, a.computeMs));
        performance.measure(`${PERF.contours}:${lv.presetId}`, {
          start: Math.max(0, a.startedAt - performance.timeOrigin),
          duration: a.computeMs,
          detail: { nx: a.nx, ny: a.ny, levels: lv.levels.length, worker: true },
        });
        notify();
      },
      failed: (job) => {
        // No worker here (or it broke): contour on this thread, after the quick raster has painted.
        const preset = presetOf.get(job.key);
        levelsOf.delete(job.key);
        presetOf.delete(job.key);
        if (!preset) return;
        setTimeout(() => {
          void import('./surfaceModel').then((m) => {
            m.surfaceModel(preset, job.window);
            notify();
          });
        }, 0);
      },
    },
  );
  return client;
}

/**
 * The surface of a loss over a window: the levels and quick grid at once (a few ms, so the plot
 * paints a banded raster in its first frame), and the contoured bands once the contour worker
 * has answered (null until then). A new window (pan, zoom) asks again; a request for a window
 * already gone is never sent. `f` is the custom loss's text (the worker compiles it itself).
 */
export function useSurface(
  preset: Preset,
  vx: Interval,
  vy: Interval,
  f: string,
): { levels: SurfaceLevels; model: SurfaceModel | null } {
  const levels = useMemo(() => surfaceLevels(preset, [vx, vy]), [preset, vx, vy]);
  const model = useSyncExternalStore(subscribe, () => cachedModel(levels.key) ?? null);
  const custom = preset.id === 'custom';
  useEffect(() => {
    if (cachedModel(levels.key)) return;
    const job: ContourJob = {
      key: levels.key,
      loss: custom ? { kind: 'custom', f } : { kind: 'preset', id: preset.id as PresetId },
      window: levels.window,
      levels: levels.levels,
    };
    levelsOf.set(job.key, levels);
    presetOf.set(job.key, preset);
    contourClient().want(job);
    return () => {
      if (!contourClient().drop(job.key)) return;
      levelsOf.delete(job.key);
      presetOf.delete(job.key);
    };
  }, [levels, preset, custom, f]);
  return { levels, model };
}
