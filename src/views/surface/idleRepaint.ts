import { whenIdle } from '../../state/schedule';
import { drawRunWhole, type RunPaint } from './drawTrajectories';
import type { EqualScale } from './equalScale';

/** Each run's piece of the repaint runs at the latest this long after the one before, ms. */
const PIECE_TIMEOUT_MS = 250;

/** What a whole repaint paints: the runs up to the step, on a canvas of the plot's size. */
export interface WholeRepaint {
  readonly paints: readonly RunPaint[];
  readonly step: number;
  readonly scale: EqualScale;
  readonly dpr: number;
  readonly halo: string;
}

/**
 * Repaints the runs whole onto `canvas` in idle time, a run per task, and returns a cancel.
 * A whole repaint of 4 noisy runs × 5000 steps is ~7 ms of script but ~40 ms of rasterizing
 * when the frame is drawn (dashes and halos over thousands of tiny segments): one long task.
 * Here each run is painted into a buffer the size of the canvas and rasterized there at once
 * (a one-pixel read makes the canvas draw what it has recorded), and the finished buffer is
 * copied onto the canvas in one go: the same picture a whole paint makes (runs in order onto a
 * clear canvas), never half of it on screen, no task much longer than one run's raster.
 */
export function repaintWholeInIdle(canvas: HTMLCanvasElement, r: WholeRepaint): () => void {
  const buffer = document.createElement('canvas');
  buffer.width = canvas.width;
  buffer.height = canvas.height;
  const bctx = buffer.getContext('2d', { willReadFrequently: true });
  const ctx = canvas.getContext('2d');
  if (!bctx || !ctx) return () => {};
  let next = 0;
  let cancel = () => {};
  const piece = () => {
    const run = r.paints[next];
    if (run) {
      const { toScreen, width, height } = r.scale;
      drawRunWhole(bctx, run, r.step, toScreen, width, height, r.dpr, r.halo);
      bctx.getImageData(0, 0, 1, 1);
      next++;
      cancel = whenIdle(piece, PIECE_TIMEOUT_MS);
      return;
    }
    ctx.save();
    ctx.setTransform(1, 0, 0, 1, 0, 0);
    ctx.globalCompositeOperation = 'copy';
    ctx.drawImage(buffer, 0, 0);
    ctx.restore();
  };
  cancel = whenIdle(piece, PIECE_TIMEOUT_MS);
  return () => cancel();
}
