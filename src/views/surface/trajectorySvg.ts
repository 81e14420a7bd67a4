import { shownRow } from '../../core/trajectory';
import type { Runs } from '../../state/runs';
import { areaRect, clipPolyline, dotsInside } from '../clip';
import { screenPathD } from '../export/svgPaths';
import { RUN_STYLE } from '../runStyle';
import { svgEl } from '../svgEl';
import { screenPath } from './decimate';
import type { EqualScale } from './equalScale';

/** Step dots' radius, px: the canvas drawing's. */
export const DOT_RADIUS = 2.4;

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
