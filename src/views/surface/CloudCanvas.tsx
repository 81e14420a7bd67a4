import { useEffect, useRef } from 'react';
import type { OptimizerId } from '../../core/optimizers/registry';
import { useCloudStore } from '../../state/CloudContext';
import { useAppStore } from '../../state/StoreContext';
import { RUN_FALLBACK_COLOR, RUN_STYLE } from '../runStyle';
import { clampPx } from '../screen';
import type { EqualScale } from './equalScale';
import { cssColor, fitCanvas } from './SurfaceCanvas';

/** Redraw at most this often while the cloud streams in or the run plays, ms. */
const REDRAW_MS = 250;
/** Longest piece of a redraw done in one task, ms. */
const SLICE_MS = 12;

/**
 * The noise cloud (DESIGN §8): every seed's path of every run, faint, from w₀ to the step on
 * screen, under the runs themselves. Reads both stores by subscription and redraws on its own
 * schedule (at most 4 times a second), never through a React render per frame or per message.
 */
export function CloudCanvas(props: { scale: EqualScale; left: number; top: number }) {
  const { scale, left, top } = props;
  const ref = useRef<HTMLCanvasElement>(null);
  const cloud = useCloudStore();
  const app = useAppStore();

  useEffect(() => {
    const canvas = ref.current;
    const ctx = canvas?.getContext('2d');
    if (!canvas || !ctx) return;
    let timer: ReturnType<typeof setTimeout> | null = null;
    let drawnStep = -1;
    let drawnPaths: unknown = null;
    const colors: Partial<Record<OptimizerId, string>> = {};
    // A redraw is cut into slices of at most SLICE_MS, a path at a time, so 64 seeds × 4 runs
    // × 5000 steps never make one long task; a newer redraw abandons an unfinished one.
    let generation = 0;
    const draw = () => {
      timer = null;
      const { paths } = cloud.getState();
      const step = app.getState().step;
      if (paths === drawnPaths && step === drawnStep) return;
      drawnPaths = paths;
      drawnStep = step;
      const mine = ++generation;
      const dpr = fitCanvas(canvas, scale.width, scale.height);
      ctx.setTransform(dpr, 0, 0, dpr, 0, 0);
      ctx.clearRect(0, 0, scale.width, scale.height);
      const work: [OptimizerId, Float64Array][] = [];
      for (const [id, list] of Object.entries(paths) as [OptimizerId, Float64Array[]][])
        for (const w of list) work.push([id, w]);
      let next = 0;
      const slice = () => {
        if (mine !== generation) return;
        const start = performance.now();
        ctx.lineWidth = 1;
        ctx.globalAlpha = 0.18;
        while (next < work.length && performance.now() - start < SLICE_MS) {
          const [id, w] = work[next++] ?? [];
          if (!id || !w) continue;
          ctx.strokeStyle = colors[id] ??= cssColor(
            canvas,
            RUN_STYLE[id].colorVar,
            RUN_FALLBACK_COLOR[id],
          );
          ctx.stroke(pathOf(w, step));
        }
        ctx.globalAlpha = 1;
        if (next < work.length) setTimeout(slice, 0);
      };
      slice();
    };
    /** One member's path to the step on screen, skipping points within a pixel of the last. */
    const pathOf = (w: Float64Array, step: number): Path2D => {
      const path = new Path2D();
      const rows = Math.min(w.length / 2, step + 1);
      let lx = NaN;
      let ly = NaN;
      for (let t = 0; t < rows; t++) {
        const [sx, sy] = scale.toScreen(w[2 * t] ?? 0, w[2 * t + 1] ?? 0);
        if (Math.abs(sx - lx) < 1 && Math.abs(sy - ly) < 1) continue;
        const x = clampPx(sx);
        const y = clampPx(sy);
        if (Number.isNaN(lx)) path.moveTo(x, y);
        else path.lineTo(x, y);
        lx = sx;
        ly = sy;
      }
      return path;
    };
    const schedule = () => {
      timer ??= setTimeout(
        draw,
        app.getState().playing || cloud.getState().status === 'running' ? REDRAW_MS : 0,
      );
    };
    draw();
    const offCloud = cloud.subscribe(schedule);
    const offApp = app.subscribe((s, prev) => {
      if (s.step !== prev.step) schedule();
    });
    return () => {
      offCloud();
      offApp();
      generation++;
      if (timer !== null) clearTimeout(timer);
    };
  }, [cloud, app, scale]);

  return (
    <canvas
      ref={ref}
      className="surface-canvas cloud-canvas"
      aria-hidden="true"
      style={{ left, top, width: scale.width, height: scale.height }}
    />
  );
}
