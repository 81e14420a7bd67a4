import { memo, useLayoutEffect, useRef } from 'react';
import type { Runs } from '../../state/runs';
import { useApp } from '../../state/StoreContext';
import { afterNextPaint, whenStillThenIdle } from '../../state/schedule';
import { optimizerById } from '../../core/optimizers/registry';
import { RUN_STYLE } from '../runStyle';
import { canvasPalette, type CanvasPalette } from './canvasPalette';
import {
  createTrajectoryPainter,
  type Prefill,
  type RunPaint,
  type TrajectoryPainter,
} from './drawTrajectories';
import type { EqualScale } from './equalScale';
import { PrintTrajectories } from './PrintTrajectories';
import { repaintWholeInIdle } from './idleRepaint';
import { fitCanvas } from './SurfaceCanvas';
import { useColorScheme } from './useColorScheme';

/**
 * The change kept ready for: the β slider's, which redraws only the runs that read β. Its
 * pictures are kept once the canvas has been still PREFILL_STILL_MS (so never during a drag or
 * a scrub, whose every move would pay for them), in idle time then.
 */
const BETA_PREFILL: Prefill = {
  later: (job) => whenStillThenIdle(job, PREFILL_STILL_MS, PREFILL_IDLE_TIMEOUT_MS),
  changes: (paint) => optimizerById(paint.name).usesBeta,
};
/** How long the canvas stays still before the β change's pictures are kept, ms. */
const PREFILL_STILL_MS = 250;
/** The longest that keeping then waits for idle time, ms. */
const PREFILL_IDLE_TIMEOUT_MS = 1000;

/**
 * Rows (runs × step) above which the canvas's first paint waits for the page's first frame, and
 * is then drawn a piece per task.
 */
const FIRST_PAINT_LATER_ROWS = 4000;

/**
 * Rows (all runs together) a piece of that first paint folds and strokes: ~3–5 ms of script
 * here (pieces of 4000 rows made tasks of 20–50 ms with their raster).
 */
const FIRST_PAINT_PIECE_ROWS = 1000;

/** What a layer drawing the runs' paths is given: the runs, the step on screen, where it sits. */
export interface TrajectoryLayerProps {
  readonly runs: Runs;
  readonly step: number;
  readonly scale: EqualScale;
  /** Offset of the data area in the plot, px. */
  readonly left: number;
  readonly top: number;
}

/**
 * Every run's path and step dots up to the step on screen, on one canvas so 100000 steps stay
 * cheap. Painted when the runs, the step or the plot size change — never the contour map; while
 * playing forward only each frame's new stretch is stroked (createTrajectoryPainter). On paper
 * its SVG stand-in (PrintTrajectories) takes its place.
 */
export const TrajectoryCanvas = memo(function TrajectoryCanvas(props: TrajectoryLayerProps) {
  const { runs, step, scale, left, top } = props;
  const ref = useRef<HTMLCanvasElement>(null);
  const painter = useRef<TrajectoryPainter | null>(null);
  const scheme = useColorScheme();
  // Frame by frame only while playing: paused, every paint is whole (see createTrajectoryPainter).
  const playing = useApp((s) => s.playing);
  // What the last paint showed: a pause that changes nothing else repaints whole after the frame.
  const shown = useRef<{ runs: Runs; step: number; scale: EqualScale; scheme: string } | null>(
    null,
  );
  const palette = useRef<CanvasPalette | null>(null);
  useLayoutEffect(() => {
    const canvas = ref.current;
    const ctx = canvas?.getContext('2d');
    if (!canvas || !ctx) return;
    const dpr = fitCanvas(canvas, scale.width, scale.height);
    // Resolve the CSS colours once per colour scheme, not on every step or slider move.
    if (palette.current?.scheme !== scheme) palette.current = canvasPalette(canvas, scheme);
    const colors = palette.current;
    const paints: RunPaint[] = runs.map(({ id: name, run }) => ({
      name,
      run,
      color: colors.run(name),
      dash: RUN_STYLE[name].dash ? RUN_STYLE[name].dash.split(' ').map(Number) : [],
      shape: RUN_STYLE[name].shape,
    }));
    const p = (painter.current ??= createTrajectoryPainter(
      undefined,
      afterNextPaint,
      BETA_PREFILL,
    ));
    const paint = (incremental: boolean, upTo = step) =>
      p.draw(
        ctx,
        paints,
        upTo,
        scale.toScreen,
        scale.width,
        scale.height,
        dpr,
        colors.halo,
        incremental,
      );
    const whole = { paints, step, scale, dpr, halo: colors.halo };
    const last = shown.current;
    shown.current = { runs, step, scale, scheme };
    const unchanged =
      last?.runs === runs && last.step === step && last.scale === scale && last.scheme === scheme;
    if (last === null && runs.length * step > FIRST_PAINT_LATER_ROWS) {
      // A heavy link's first paint (4 runs × 5000 noisy steps: ~40 ms to fold and stroke) starts
      // just after the page's first frame and goes on a task per FIRST_PAINT_PIECE_ROWS rows,
      // each stroking only what it adds (as autoplay does), so no piece is a long task. Pieces
      // lay the runs over each other step range by step range, so once all are drawn the canvas
      // is repainted whole in idle time for the canonical stacking, a later run on top wherever
      // paths cross: a run per task into a buffer, then copied (idleRepaint; in one task its
      // raster alone was ~40 ms).
      const rows = Math.max(1, Math.floor(FIRST_PAINT_PIECE_ROWS / runs.length));
      let upTo = 0;
      let cancel = () => {};
      const more = () => {
        upTo = Math.min(step, upTo + rows);
        paint(upTo > rows, upTo);
        if (upTo < step) {
          const timer = setTimeout(more, 0);
          cancel = () => clearTimeout(timer);
        } else cancel = repaintWholeInIdle(canvas, whole);
      };
      cancel = afterNextPaint(more);
      return () => cancel();
    }
    if (playing || !unchanged) {
      paint(playing);
      return;
    }
    // Paused with the picture as it was: its canonical stacking (4 runs: a 10 ms repaint) waits
    // for idle time, after the frame that shows the pause and whatever comes right after it.
    return repaintWholeInIdle(canvas, whole);
  }, [runs, step, scale, scheme, playing]);
  return (
    <>
      <canvas
        ref={ref}
        className="surface-canvas trajectory-canvas"
        aria-hidden="true"
        style={{ left, top, width: scale.width, height: scale.height }}
      />
      <PrintTrajectories {...props} />
    </>
  );
});
