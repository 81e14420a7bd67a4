import { shownRow, type RunSettings, type Trajectory } from '../../core/trajectory';
import type { OptimizerId } from '../../core/optimizers/registry';
import { addMarker, type MarkerShape } from '../runStyle';
import { ScreenPathBuilder } from './decimate';
import { PERF } from './surfaceLevels';

/** How one run is drawn on the canvas (colours are resolved CSS colours, not var()). */
export interface RunPaint {
  readonly name: OptimizerId;
  readonly run: Trajectory;
  readonly color: string;
  /** Canvas dash pattern in px ([] for solid). */
  readonly dash: readonly number[];
  readonly shape: MarkerShape;
}

const DOT_R = 2.4;

/** A run's remembered screen path. Extending a run keeps its settings object, so it keys the cache. */
interface CachedPath {
  run: Trajectory;
  builder: ScreenPathBuilder;
}
const paths = new WeakMap<RunSettings, CachedPath>();

/** The decimated path of a run up to `last`, reusing what earlier frames already folded in. */
function pathOf(
  run: Trajectory,
  last: number,
  toScreen: (x: number, y: number) => [number, number],
) {
  let entry = paths.get(run.settings);
  if (!entry || !entry.builder.sameMapping(toScreen)) {
    const fresh: CachedPath = {
      run,
      // Reads the latest run object: an extension may have moved rows into bigger buffers.
      builder: new ScreenPathBuilder(
        (t) => [fresh.run.w[2 * t] ?? 0, fresh.run.w[2 * t + 1] ?? 0],
        toScreen,
      ),
    };
    entry = fresh;
    paths.set(run.settings, entry);
  }
  entry.run = run;
  return entry.builder.pathTo(last);
}

/**
 * Draws each run from w₀ to the step on screen: a haloed polyline plus a small dot per step
 * (in the run's own marker shape). The current point itself is drawn in SVG on top.
 * Long runs are decimated in screen space (see ScreenPathBuilder), remembered between frames,
 * so playing to 100000 steps costs only the new steps per frame and never 100000 canvas calls;
 * every coordinate goes through clampPx, so a diverging run draws nothing absurd.
 * `toScreen` maps data to CSS px in the data area; the canvas is width·dpr × height·dpr.
 */
export function drawTrajectories(
  ctx: CanvasRenderingContext2D,
  runs: readonly RunPaint[],
  step: number,
  toScreen: (x: number, y: number) => [number, number],
  width: number,
  height: number,
  dpr: number,
  halo: string,
): void {
  const t0 = performance.now();
  ctx.setTransform(dpr, 0, 0, dpr, 0, 0);
  ctx.clearRect(0, 0, width, height);
  ctx.lineJoin = 'round';
  ctx.lineCap = 'round';
  for (const paint of runs) {
    const { run } = paint;
    if (run.length === 0 || run.dim !== 2) continue;
    const last = shownRow(run, step);
    const path = pathOf(run, last, toScreen);
    const line = new Path2D();
    for (let i = 0, move = true; i < path.line.length; i += 2) {
      const x = path.line[i] ?? NaN;
      const y = path.line[i + 1] ?? NaN;
      if (Number.isNaN(x)) move = true;
      else if (move) {
        line.moveTo(x, y);
        move = false;
      } else line.lineTo(x, y);
    }
    const dots = new Path2D();
    for (let i = 0; i < path.dots.length; i += 2)
      addMarker(dots, paint.shape, path.dots[i] ?? 0, path.dots[i + 1] ?? 0, DOT_R);
    // A light halo under the line keeps it readable on both dark and light bands.
    ctx.setLineDash([]);
    ctx.strokeStyle = halo;
    ctx.lineWidth = 4;
    ctx.globalAlpha = 0.7;
    ctx.stroke(line);
    ctx.globalAlpha = 1;
    ctx.strokeStyle = paint.color;
    ctx.lineWidth = 2;
    ctx.setLineDash([...paint.dash]);
    ctx.stroke(line);
    ctx.setLineDash([]);
    ctx.fillStyle = paint.color;
    ctx.strokeStyle = halo;
    ctx.lineWidth = 1;
    ctx.stroke(dots);
    ctx.fill(dots);
  }
  // Keep only the latest entry: this runs every frame while playing.
  performance.clearMeasures(PERF.drawTrajectories);
  performance.measure(PERF.drawTrajectories, { start: t0, duration: performance.now() - t0 });
}
