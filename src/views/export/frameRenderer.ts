import { shownRow, type Trajectory } from '../../core/trajectory';
import type { OptimizerId } from '../../core/optimizers/registry';
import type { AppState } from '../../state/store';
import { addMarker, RUN_STYLE } from '../runStyle';
import { clampPx } from '../screen';
import { ScreenPathBuilder } from '../surface/decimate';
import { areaRect, clipPolyline, dotsInside, type Rect } from '../clip';
import { cssFont } from './header';
import { svgImage } from './raster';
import { buildSnapshot, svgText, type Snapshot } from './snapshot';
import { DOT_RADIUS } from '../surface/trajectorySvg';

/** Draws any step of the descent into its own canvas, off screen. */
export interface FrameRenderer {
  readonly canvas: HTMLCanvasElement;
  /** Draws the picture of step `step`; steps should not decrease between calls (paths grow). */
  readonly draw: (step: number) => void;
}

/** Past points drawn fading behind each 1D run's current point, as on screen. */
const TRAIL = 40;
const MARKER = 7;

const even = (n: number) => Math.max(2, 2 * Math.round(n / 2));

/** One run's current-point marker, as the SVG on screen draws it. */
function marker(
  ctx: CanvasRenderingContext2D,
  id: OptimizerId,
  x: number,
  y: number,
  r: number,
  fill: string,
  halo: string,
): void {
  const p = new Path2D();
  addMarker(p, RUN_STYLE[id].shape, clampPx(x), clampPx(y), r);
  ctx.fillStyle = fill;
  ctx.strokeStyle = halo;
  ctx.lineWidth = 1.5;
  ctx.fill(p);
  ctx.stroke(p);
}

/** A 2D run's path and step dots up to `last`, as the canvas on screen draws them (cut to `box`). */
function drawPath(
  ctx: CanvasRenderingContext2D,
  builder: ScreenPathBuilder,
  last: number,
  box: Rect,
  id: OptimizerId,
  color: string,
  halo: string,
): void {
  const path = builder.pathTo(last);
  const points = clipPolyline(path.line, box);
  const centres = dotsInside(path.dots, box);
  const line = new Path2D();
  for (let i = 0, move = true; i + 1 < points.length; i += 2) {
    const x = points[i] ?? NaN;
    const y = points[i + 1] ?? NaN;
    if (Number.isNaN(x)) move = true;
    else if (move) {
      line.moveTo(x, y);
      move = false;
    } else line.lineTo(x, y);
  }
  const dots = new Path2D();
  for (let i = 0; i + 1 < centres.length; i += 2)
    addMarker(dots, RUN_STYLE[id].shape, centres[i] ?? 0, centres[i + 1] ?? 0, DOT_RADIUS);
  ctx.setLineDash([]);
  ctx.strokeStyle = halo;
  ctx.lineWidth = 4;
  ctx.globalAlpha = 0.7;
  ctx.stroke(line);
  ctx.globalAlpha = 1;
  ctx.strokeStyle = color;
  ctx.lineWidth = 2;
  ctx.setLineDash(RUN_STYLE[id].dash ? RUN_STYLE[id].dash.split(' ').map(Number) : []);
  ctx.stroke(line);
  ctx.setLineDash([]);
  ctx.fillStyle = color;
  ctx.strokeStyle = halo;
  ctx.lineWidth = 1;
  ctx.stroke(dots);
  ctx.fill(dots);
}

/** A 1D run's fading trail and current point on the curve. */
function drawCurveRun(
  ctx: CanvasRenderingContext2D,
  snap: Snapshot,
  id: OptimizerId,
  run: Trajectory,
  step: number,
): void {
  if (snap.mapping.dim !== 1) return;
  const { x, y } = snap.mapping.scales;
  const t = shownRow(run, step);
  const color = snap.palette.run(id);
  for (let k = Math.max(0, t - TRAIL); k < t; k++) {
    ctx.globalAlpha = 0.15 + (0.5 * (k - t + TRAIL)) / TRAIL;
    marker(ctx, id, x(run.w[k] ?? 0), y(run.loss[k] ?? 0), 3, color, snap.palette.halo);
  }
  ctx.globalAlpha = 1;
  marker(ctx, id, x(run.w[t] ?? 0), y(run.loss[t] ?? 0), MARKER, color, snap.palette.halo);
}

/**
 * A renderer of video frames: the plot's still parts (header, axes, contour fill, minima, w₀,
 * colour legend) rasterized once from the snapshot, then per frame each run's path to that step,
 * its current point and the step label, drawn on a canvas `scale` times the plot's CSS size
 * (rounded to even pixels, as video encoders want). Nothing on the page moves.
 */
export async function createFrameRenderer(state: AppState, scale: number): Promise<FrameRenderer> {
  const snap = buildSnapshot(state, true);
  const canvas = document.createElement('canvas');
  canvas.width = even(snap.width * scale);
  canvas.height = even(snap.height * scale);
  const ctx = canvas.getContext('2d', { willReadFrequently: true });
  if (!ctx) throw new Error('no 2D canvas');
  // Rasterized once: an SVG image is re-rendered on every drawImage, far too slow per frame.
  const background = document.createElement('canvas');
  background.width = canvas.width;
  background.height = canvas.height;
  // Both canvases live in CPU memory: copying between them and reading pixels back stays cheap.
  background
    .getContext('2d', { willReadFrequently: true })
    ?.drawImage(await svgImage(svgText(snap)), 0, 0, canvas.width, canvas.height);
  const sx = canvas.width / snap.width;
  const sy = canvas.height / snap.height;
  const { runs } = state;
  const builders = new Map<OptimizerId, ScreenPathBuilder>();
  if (snap.mapping.dim === 2) {
    const toScreen = snap.mapping.scale.toScreen;
    for (const { id, run } of runs)
      builders.set(
        id,
        new ScreenPathBuilder((t) => [run.w[2 * t] ?? 0, run.w[2 * t + 1] ?? 0], toScreen),
      );
  }
  const { area, palette, stepLabel } = snap;
  const box = areaRect(area.width, area.height);

  const draw = (step: number) => {
    ctx.setTransform(1, 0, 0, 1, 0, 0);
    ctx.drawImage(background, 0, 0);
    ctx.setTransform(sx, 0, 0, sy, 0, 0);
    ctx.save();
    ctx.translate(area.left, area.top);
    ctx.beginPath();
    ctx.rect(0, 0, area.width, area.height);
    ctx.clip();
    ctx.lineJoin = 'round';
    ctx.lineCap = 'round';
    for (const { id, run } of runs) {
      if (run.length === 0) continue;
      const builder = builders.get(id);
      if (builder && snap.mapping.dim === 2) {
        const t = shownRow(run, step);
        drawPath(ctx, builder, t, box, id, palette.run(id), palette.halo);
        const [cx, cy] = snap.mapping.scale.toScreen(run.w[2 * t] ?? 0, run.w[2 * t + 1] ?? 0);
        marker(ctx, id, cx, cy, MARKER, palette.run(id), palette.halo);
      } else drawCurveRun(ctx, snap, id, run, step);
    }
    ctx.restore();
    ctx.font = cssFont(stepLabel.font);
    ctx.fillStyle = stepLabel.color;
    ctx.textAlign = 'right';
    ctx.textBaseline = 'alphabetic';
    ctx.fillText(`Step ${step}`, stepLabel.x, stepLabel.y);
  };
  return { canvas, draw };
}
