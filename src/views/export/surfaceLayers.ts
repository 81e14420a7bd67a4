import { shownRow } from '../../core/trajectory';
import type { Interval, Preset } from '../../core/presets';
import type { Runs } from '../../state/runs';
import { RUN_STYLE } from '../runStyle';
import { screenPath } from '../surface/decimate';
import { drawSurface } from '../surface/drawSurface';
import type { EqualScale } from '../surface/equalScale';
import { surfaceModel } from '../surface/surfaceModel';
import { areaRect, clipPolyline, dotsInside } from '../clip';
import { svgEl } from './styleClone';
import { screenPathD } from './svgPaths';

/** Device pixels per CSS px of the embedded contour image: sharp in a 2× PNG. */
export const SURFACE_IMAGE_SCALE = 2;
/** Step dots' radius, px: the canvas drawing's. */
export const DOT_RADIUS = 2.4;
/** The contour lines' colour on the fill, as on screen. */
const CONTOUR_LINE = 'rgba(0, 0, 0, 0.28)';

/** The filled contour map of the loss over the window, as a PNG data: URL, as on screen. */
export function surfaceDataUrl(
  problem: Preset,
  window: readonly Interval[],
  width: number,
  height: number,
  scale = SURFACE_IMAGE_SCALE,
): string {
  const canvas = document.createElement('canvas');
  canvas.width = Math.max(1, Math.round(width * scale));
  canvas.height = Math.max(1, Math.round(height * scale));
  const ctx = canvas.getContext('2d');
  if (!ctx) return '';
  drawSurface(ctx, surfaceModel(problem, window), width, height, scale, CONTOUR_LINE);
  return canvas.toDataURL('image/png');
}

/**
 * Every run's path from w₀ to the step on screen as SVG paths in the data area's coordinates
 * (clipped to it): a translucent halo, the line in the run's colour and dash, and a dot per step
 * in its marker shape. Decimated and clamped exactly as the canvas on screen draws them.
 */
export function trajectoryLayer(
  runs: Runs,
  step: number,
  scale: EqualScale,
  colors: { readonly halo: string; readonly run: (id: Runs[number]['id']) => string },
): SVGGElement {
  const g = svgEl('g', {
    fill: 'none',
    'stroke-linejoin': 'round',
    'stroke-linecap': 'round',
  });
  const clipId = 'hbx-area-clip';
  const clip = svgEl('clipPath', { id: clipId });
  clip.append(svgEl('rect', { width: scale.width, height: scale.height }));
  g.append(clip);
  const inner = svgEl('g', { 'clip-path': `url(#${clipId})` });
  for (const { id, run } of runs) {
    if (run.length === 0 || run.dim !== 2) continue;
    const path = screenPath(
      (t) => [run.w[2 * t] ?? 0, run.w[2 * t + 1] ?? 0],
      shownRow(run, step),
      scale.toScreen,
    );
    // Cut to the data area: a diverged run's far vertices would only slow every SVG reader down.
    const box = areaRect(scale.width, scale.height);
    const { line, dots } = screenPathD(
      { line: clipPolyline(path.line, box), dots: dotsInside(path.dots, box) },
      RUN_STYLE[id].shape,
      DOT_RADIUS,
    );
    const color = colors.run(id);
    const runGroup = svgEl('g');
    if (line) {
      runGroup.append(
        svgEl('path', { d: line, stroke: colors.halo, 'stroke-width': 4, 'stroke-opacity': 0.7 }),
      );
      const stroke = svgEl('path', { d: line, stroke: color, 'stroke-width': 2 });
      if (RUN_STYLE[id].dash) stroke.setAttribute('stroke-dasharray', RUN_STYLE[id].dash);
      runGroup.append(stroke);
    }
    if (dots) {
      runGroup.append(
        svgEl('path', {
          d: dots,
          fill: color,
          stroke: colors.halo,
          'stroke-width': 1,
          'paint-order': 'stroke',
        }),
      );
    }
    inner.append(runGroup);
  }
  g.append(inner);
  return g;
}
