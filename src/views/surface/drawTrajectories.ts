import { shownRow, type RunSettings, type Trajectory } from '../../core/trajectory';
import type { OptimizerId } from '../../core/optimizers/registry';
import { addMarker, type MarkerShape } from '../runStyle';
import { areaRect, inside, type Rect } from '../clip';
import { ScreenPathBuilder, type ScreenPathView } from './decimate';
import {
  changingSpan,
  createRunLayers,
  unchangedEnds,
  type Context2D,
  type DeferJob,
  type DeviceRect,
  type MakeLayerCanvas,
  type Picture,
  type RunMark,
  type Slot,
} from './runLayers';
import { marksBounds } from './marksBounds';
import { stretch, type Stretch } from './stretch';
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
/** Cell size (px) within which a noisy run's segments count as one stroke (see ScreenPathBuilder). */
const NOISY_SEGMENT_CELL = 2;

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
): ScreenPathView {
  let entry = paths.get(run.settings);
  if (!entry || !entry.builder.sameMapping(toScreen)) {
    // One pair for every step folded: the builder reads it before asking for the next.
    const at: [number, number] = [0, 0];
    const fresh: CachedPath = {
      run,
      // Reads the latest run object: an extension may have moved rows into bigger buffers.
      builder: new ScreenPathBuilder(
        (t) => {
          at[0] = fresh.run.w[2 * t] ?? 0;
          at[1] = fresh.run.w[2 * t + 1] ?? 0;
          return at;
        },
        toScreen,
        run.settings.noise ? NOISY_SEGMENT_CELL : 1,
      ),
    };
    entry = fresh;
    paths.set(run.settings, entry);
  }
  entry.run = run;
  return entry.builder.advance(last);
}

/** What a painter has put on the canvas of one run. */
interface Drawn {
  readonly settings: RunSettings;
  readonly epoch: number;
  readonly last: number;
  /** Numbers of the builder's line and dots arrays already drawn. */
  readonly line: number;
  readonly dots: number;
  /** Length along the current sub-path up to the last drawn line vertex (px), for the dashes. */
  readonly dashAt: number;
}

/** A run with nothing to draw (1D, or no rows). */
const NOTHING = { epoch: 0, last: -1, line: 0, dots: 0, dashAt: 0 } as const;

/** Strokes a run's new stretch (halo, then colour) and fills its new dots. */
function strokeRun(
  ctx: Context2D,
  paint: RunPaint,
  line: Stretch,
  dots: Path2D,
  halo: string,
  cap: CanvasLineCap,
) {
  // A light halo under the line keeps it readable on both dark and light bands.
  ctx.lineCap = cap;
  ctx.setLineDash([]);
  ctx.strokeStyle = halo;
  ctx.lineWidth = 4;
  ctx.globalAlpha = 0.7;
  for (const piece of line.pieces) ctx.stroke(piece.path);
  ctx.globalAlpha = 1;
  ctx.strokeStyle = paint.color;
  ctx.lineWidth = 2;
  ctx.setLineDash([...paint.dash]);
  for (const piece of line.pieces) {
    ctx.lineDashOffset = piece.dashAt;
    ctx.stroke(piece.path);
  }
  ctx.lineDashOffset = 0;
  ctx.setLineDash([]);
  ctx.fillStyle = paint.color;
  ctx.strokeStyle = halo;
  ctx.lineWidth = 1;
  ctx.stroke(dots);
  ctx.fill(dots);
}

/** Paints runs onto one canvas, frame after frame (see createTrajectoryPainter). */
export interface TrajectoryPainter {
  draw(
    ctx: Context2D,
    runs: readonly RunPaint[],
    step: number,
    toScreen: (x: number, y: number) => [number, number],
    width: number,
    height: number,
    dpr: number,
    halo: string,
    /** False to paint every run whole (e.g. once playback stops, for the canonical stacking). */
    incremental: boolean,
  ): void;
}

/** The screen path of a run up to the step on screen, or null for a run with nothing to draw. */
function viewOf(
  paint: RunPaint,
  step: number,
  toScreen: (x: number, y: number) => [number, number],
): { last: number; view: ScreenPathView } | null {
  if (paint.run.length === 0 || paint.run.dim !== 2) return null;
  const last = shownRow(paint.run, step);
  return { last, view: pathOf(paint.run, last, toScreen) };
}

/** Dots of a run's steps from dot number `from` (x, y pairs) on, inside the area. */
function dotsFrom(paint: RunPaint, ds: readonly number[], from: number, area: Rect): Path2D {
  const dots = new Path2D();
  for (let k = from; k < ds.length; k += 2) {
    const x = ds[k] ?? NaN;
    const y = ds[k + 1] ?? NaN;
    if (inside(area, x, y)) addMarker(dots, paint.shape, x, y, DOT_R);
  }
  return dots;
}

/** Where the marks of these runs' views can lie on `canvas` (device px): a kept picture's copy. */
function keptBounds(
  views: readonly ({ view: ScreenPathView } | null)[],
  dpr: number,
  canvas: { readonly width: number; readonly height: number },
): DeviceRect {
  const lists = views.flatMap((v) => (v ? [v.view.line, v.view.tail, v.view.dots] : []));
  return marksBounds(lists, dpr, canvas.width, canvas.height);
}

/** Sets the canvas up for run paths (CSS px, round joins); returns the area strokes are cut to. */
function beginPaint(ctx: Context2D, dpr: number, width: number, height: number): Rect {
  ctx.setTransform(dpr, 0, 0, dpr, 0, 0);
  ctx.lineJoin = 'round';
  return areaRect(width, height);
}

/**
 * Strokes a run's path and dots: whole, or, given what an earlier frame drew (`before`), only
 * what was added since, from its last vertex with the dashes continued. Returns what is drawn.
 */
function paintRun(
  ctx: Context2D,
  paint: RunPaint,
  v: { last: number; view: ScreenPathView },
  area: Rect,
  halo: string,
  before: Drawn | undefined,
): Drawn {
  const { line: xs, dots: ds, tail } = v.view;
  // From the last vertex drawn: the new stroke joins the old one, dashes continued.
  const from = before ? Math.max(0, before.line - 2) : 0;
  const line = stretch(xs, from, tail, before ? before.dashAt : 0, area);
  // The last dot drawn again: the new stroke's halo may have washed over it.
  const dots = dotsFrom(paint, ds, before ? Math.max(0, before.dots - 2) : 0, area);
  // A butt cap where a frame's stroke starts, so its halo does not wash over the old line.
  strokeRun(ctx, paint, line, dots, halo, before ? 'butt' : 'round');
  return {
    settings: paint.run.settings,
    epoch: v.view.epoch,
    last: v.last,
    line: xs.length,
    dots: ds.length,
    dashAt: line.dashAt,
  };
}

/**
 * Pictures kept ahead of the change most likely next. Once drawing has been still a while (no
 * draw since a whole paint), in idle time, the runs at either end of those that `changes` picks
 * (for the β slider: the runs that read β) are kept as pictures, so that change's first draw
 * copies them in, as a drag's later moves do, instead of stroking them straight on and keeping
 * them after its paint (~3–5 ms of keeping just after a press's paint, traced).
 */
export interface Prefill {
  /** Runs a job once drawing has been still a while, in idle time; returns a cancel. */
  readonly later: (job: () => void) => () => void;
  readonly changes: (paint: RunPaint) => boolean;
}

/**
 * Draws each run from w₀ to the step on screen: a haloed polyline plus a small dot per step (in
 * the run's own marker shape); the current point itself is drawn in SVG on top. Long runs are
 * decimated in screen space (ScreenPathBuilder) and remembered between frames. The canvas keeps
 * what was drawn: while the step only moves forward with the same runs, colours and mapping (the
 * case of autoplay), only the part of each path added since the last frame is stroked, from its
 * last drawn vertex with the dash pattern continued; anything else (a step back, a changed run,
 * a resize, or `incremental` false) clears the canvas and draws every run whole, in run order,
 * so a later run lies on top wherever paths cross (frame by frame, the run that came later does).
 * A whole paint where only some runs changed since the last one (a β drag changes momentum and
 * Nesterov, not SGD under them or Adam over them) copies in kept pictures of the unchanged runs
 * at either end, made on canvases from `makeLayer` (runLayers), instead of stroking them again.
 * Given `afterPaint` (afterNextPaint), a picture is made after the paint that first needed it,
 * that paint stroking those runs straight on, unless anything is drawn before then. Given
 * `prefill`, the pictures the likeliest next change will want are kept once drawing has been
 * still a while after a whole paint. Every coordinate goes through clampPx, so a diverging run
 * draws nothing absurd. `toScreen` maps data to CSS px in the data area; the canvas is
 * width·dpr × height·dpr.
 */
export function createTrajectoryPainter(
  makeLayer?: MakeLayerCanvas,
  afterPaint?: DeferJob,
  prefill?: Prefill,
): TrajectoryPainter {
  let drawn: Drawn[] = [];
  /** Cancels the idle job that keeps pictures ahead of the next change (see Prefill). */
  let cancelPrefill = () => {};
  let frame = '';
  let mapping: ((x: number, y: number) => [number, number]) | null = null;
  /** The runs of the last whole paint, and the kept pictures of unchanged ones (runLayers). */
  let whole: RunMark[] | null = null;
  /** Draws so far: a picture kept after the paint is made only if nothing was drawn since. */
  let draws = 0;
  const layers = createRunLayers(
    makeLayer,
    afterPaint &&
      ((job) => {
        const at = draws;
        return afterPaint(() => {
          if (draws === at) job();
        });
      }),
  );
  return {
    draw(ctx, runs, step, toScreen, width, height, dpr, halo, allowed) {
      const t0 = performance.now();
      draws++;
      const look = runs.map((p) => `${p.color};${p.dash.join(',')};${p.shape}`).join('|');
      const key = `${width}x${height}@${dpr};${halo};${look}`;
      const views = runs.map((p) => viewOf(p, step, toScreen));
      const sameFrame = key === frame && mapping === toScreen;
      const incremental =
        allowed &&
        sameFrame &&
        drawn.length === runs.length &&
        runs.every((p, i) => {
          const d = drawn[i];
          const v = views[i];
          if (!d || !v) return !v && d?.last === -1;
          return d.settings === p.run.settings && d.epoch === v.view.epoch && v.last >= d.last;
        });
      const one = (target: Context2D, paint: RunPaint, i: number): Drawn => {
        const v = views[i];
        if (!v) return { ...NOTHING, settings: paint.run.settings };
        const area = beginPaint(target, dpr, width, height);
        return paintRun(target, paint, v, area, halo, incremental ? drawn[i] : undefined);
      };
      if (incremental) drawn = runs.map((p, i) => one(ctx, p, i));
      else {
        const marks = runs.map((p, i): RunMark => ({
          settings: p.run.settings,
          epoch: views[i]?.view.epoch ?? 0,
          last: views[i]?.last ?? -1,
        }));
        const ends = sameFrame ? unchangedEnds(whole, marks) : null;
        whole = marks;
        beginPaint(ctx, dpr, width, height);
        ctx.clearRect(0, 0, width, height);
        if (!ends) {
          // Nothing to keep (or a new size, colours or mapping, which kept pictures no longer
          // show): let the kept canvases go (at a pixel ratio of 2, ~8 MB each).
          layers.clear();
          drawn = runs.map((p, i) => one(ctx, p, i));
        }
        /** Runs [from, to) as a kept picture. */
        const picture = (from: number, to: number): Picture<Drawn[]> => ({
          key,
          marks: marks.slice(from, to),
          paint: (target) => runs.slice(from, to).map((p, i) => one(target, p, from + i)),
          bounds: () => keptBounds(views.slice(from, to), dpr, ctx.canvas),
        });
        if (ends) {
          const { below, above } = ends;
          const kept = (slot: Slot, from: number, to: number): Drawn[] =>
            from === to ? [] : layers.put(slot, ctx, picture(from, to));
          const under = kept('below', 0, below);
          const middle = runs.slice(below, above).map((p, i) => one(ctx, p, below + i));
          drawn = [...under, ...middle, ...kept('above', above, runs.length)];
        }
        cancelPrefill();
        const span = prefill && changingSpan(runs.map(prefill.changes));
        if (prefill && span) {
          const at = draws;
          const { width: w, height: h } = ctx.canvas;
          cancelPrefill = prefill.later(() => {
            if (draws !== at) return;
            if (span.below > 0) layers.prefill('below', w, h, picture(0, span.below));
            if (span.above < runs.length)
              layers.prefill('above', w, h, picture(span.above, runs.length));
          });
        }
      }
      frame = key;
      mapping = toScreen;
      // Keep only the latest entry: this runs every frame while playing.
      performance.clearMeasures(PERF.drawTrajectories);
      performance.measure(PERF.drawTrajectories, {
        start: t0,
        duration: performance.now() - t0,
        detail: { incremental },
      });
    },
  };
}

/**
 * Paints one run whole onto `ctx`, exactly as a whole `draw` paints it (same path, dots and
 * strokes): painting the runs one by one, in run order, onto a clear canvas of the same size
 * makes the picture a whole `draw` makes (TrajectoryCanvas's idle repaint, a run per task).
 */
export function drawRunWhole(
  ctx: Context2D,
  paint: RunPaint,
  step: number,
  toScreen: (x: number, y: number) => [number, number],
  width: number,
  height: number,
  dpr: number,
  halo: string,
): void {
  const v = viewOf(paint, step, toScreen);
  if (v) paintRun(ctx, paint, v, beginPaint(ctx, dpr, width, height), halo, undefined);
}
