import { useEffect, useRef } from 'react';
import type { OptimizerId } from '../../core/optimizers/registry';
import { useCloudStore } from '../../state/CloudContext';
import { useAppStore } from '../../state/StoreContext';
import { sliceBudget, whenIdle, type IdleDeadline } from '../../state/schedule';
import { clampPx } from '../screen';
import { canvasPalette } from './canvasPalette';
import type { EqualScale } from './equalScale';
import { fitCanvas } from './SurfaceCanvas';
import { useColorScheme } from './useColorScheme';

/** Redraw at most this often while the cloud streams in or the run plays, ms. */
const REDRAW_MS = 250;
/** Longest piece of drawing done in one idle slice, ms. */
const SLICE_MS = 4;
/** A slice runs at the latest this long after it was asked for, ms. */
const SLICE_TIMEOUT_MS = 200;

/** How far one member's path is drawn: rows 0 … rows−1, ending at screen point (lx, ly). */
interface Drawn {
  rows: number;
  lx: number;
  ly: number;
}

/**
 * The noise cloud (DESIGN §8): every seed's path of every run, faint, from w₀ to the step on
 * screen, under the runs themselves. Reads both stores by subscription and draws on its own
 * schedule (at most 4 times a second), never through a React render per frame or per message.
 * The canvas keeps what it drew: while the step moves forward (autoplay) and members stream in,
 * only each member's new rows are stroked; a step back, a new cloud or a resize starts over. The
 * drawing is done in idle slices of at most SLICE_MS, a member at a time, so 64 seeds × 4 runs ×
 * 5000 steps never make a long task nor a late frame.
 */
export function CloudCanvas(props: { scale: EqualScale; left: number; top: number }) {
  const { scale, left, top } = props;
  const ref = useRef<HTMLCanvasElement>(null);
  const cloud = useCloudStore();
  const app = useAppStore();
  // A change of colour scheme redraws the cloud in the new scheme's colours.
  const scheme = useColorScheme();

  useEffect(() => {
    const canvas = ref.current;
    const ctx = canvas?.getContext('2d');
    if (!canvas || !ctx) return;
    let timer: ReturnType<typeof setTimeout> | null = null;
    let cancelSlice: (() => void) | null = null;
    const colors = canvasPalette(canvas, scheme);
    let drawn = new Map<Float64Array, Drawn>();
    let cloudKey: string | null = null;
    let target = -1;

    const clear = () => {
      const dpr = fitCanvas(canvas, scale.width, scale.height);
      ctx.setTransform(dpr, 0, 0, dpr, 0, 0);
      ctx.clearRect(0, 0, scale.width, scale.height);
      drawn = new Map();
    };
    /** Strokes one member's rows from what is drawn up to `rows` (skipping sub-pixel moves). */
    const extend = (id: OptimizerId, w: Float64Array, rows: number) => {
      const d = drawn.get(w) ?? { rows: 0, lx: NaN, ly: NaN };
      if (rows <= d.rows) return;
      const path = new Path2D();
      if (!Number.isNaN(d.lx)) path.moveTo(clampPx(d.lx), clampPx(d.ly));
      for (let t = d.rows; t < rows; t++) {
        const [sx, sy] = scale.toScreen(w[2 * t] ?? 0, w[2 * t + 1] ?? 0);
        if (Math.abs(sx - d.lx) < 1 && Math.abs(sy - d.ly) < 1) continue;
        if (Number.isNaN(d.lx)) path.moveTo(clampPx(sx), clampPx(sy));
        else path.lineTo(clampPx(sx), clampPx(sy));
        d.lx = sx;
        d.ly = sy;
      }
      d.rows = rows;
      drawn.set(w, d);
      ctx.strokeStyle = colors.run(id);
      ctx.stroke(path);
    };
    /** Draws in idle slices until every member reaches the step on screen. */
    const slice = (deadline: IdleDeadline) => {
      cancelSlice = null;
      const start = performance.now();
      const budget = sliceBudget(deadline, SLICE_MS);
      ctx.lineWidth = 1;
      ctx.globalAlpha = 0.18;
      let more = false;
      outer: for (const [id, list] of Object.entries(cloud.getState().paths) as [
        OptimizerId,
        Float64Array[],
      ][])
        for (const w of list) {
          const rows = Math.min(w.length / 2, target + 1);
          if ((drawn.get(w)?.rows ?? 0) >= rows) continue;
          if (performance.now() - start > budget) {
            more = true;
            break outer;
          }
          extend(id, w, rows);
        }
      ctx.globalAlpha = 1;
      if (more) cancelSlice = whenIdle(slice, SLICE_TIMEOUT_MS);
    };
    const draw = () => {
      timer = null;
      const { key } = cloud.getState();
      const step = app.getState().step;
      // A new cloud or a step back: what is drawn is no longer a beginning of what to draw.
      if (key !== cloudKey || step < target) clear();
      cloudKey = key;
      target = step;
      cancelSlice ??= whenIdle(slice, SLICE_TIMEOUT_MS);
    };
    const schedule = () => {
      timer ??= setTimeout(
        draw,
        app.getState().playing || cloud.getState().status === 'running' ? REDRAW_MS : 0,
      );
    };
    clear();
    draw();
    const offCloud = cloud.subscribe(schedule);
    const offApp = app.subscribe((s, prev) => {
      if (s.step !== prev.step) schedule();
    });
    return () => {
      offCloud();
      offApp();
      cancelSlice?.();
      if (timer !== null) clearTimeout(timer);
    };
  }, [cloud, app, scale, scheme]);

  return (
    <canvas
      ref={ref}
      className="surface-canvas cloud-canvas"
      aria-hidden="true"
      style={{ left, top, width: scale.width, height: scale.height }}
    />
  );
}
