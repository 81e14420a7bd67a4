import { useLayoutEffect, useRef } from 'react';
import type { Runs } from '../../state/runs';
import type { OptimizerId } from '../../core/optimizers/registry';
import { RUN_FALLBACK_COLOR, RUN_STYLE } from '../runStyle';
import { drawTrajectories, type RunPaint } from './drawTrajectories';
import type { EqualScale } from './equalScale';
import { cssColor, fitCanvas } from './SurfaceCanvas';
import { useColorScheme } from './useColorScheme';

/**
 * Both runs' paths and step dots up to the step on screen, on a canvas so 100000 steps stay
 * cheap. Redrawn when the runs, the step or the plot size change — never the contour map.
 */
export function TrajectoryCanvas(props: {
  runs: Runs;
  step: number;
  scale: EqualScale;
  left: number;
  top: number;
}) {
  const { runs, step, scale, left, top } = props;
  const ref = useRef<HTMLCanvasElement>(null);
  const scheme = useColorScheme();
  const palette = useRef<{
    scheme: string;
    colors: Partial<Record<OptimizerId, string>>;
    halo: string;
  } | null>(null);
  useLayoutEffect(() => {
    const canvas = ref.current;
    const ctx = canvas?.getContext('2d');
    if (!canvas || !ctx) return;
    const dpr = fitCanvas(canvas, scale.width, scale.height);
    // Resolve the CSS colours once per colour scheme, not on every step or slider move.
    if (palette.current?.scheme !== scheme) {
      palette.current = { scheme, colors: {}, halo: cssColor(canvas, '--bg', '#fff') };
    }
    const colors = palette.current;
    const colorOf = (id: OptimizerId) =>
      (colors.colors[id] ??= cssColor(canvas, RUN_STYLE[id].colorVar, RUN_FALLBACK_COLOR[id]));
    const paints: RunPaint[] = runs.map(({ id: name, run }) => ({
      name,
      run,
      color: colorOf(name),
      dash: RUN_STYLE[name].dash ? RUN_STYLE[name].dash.split(' ').map(Number) : [],
      shape: RUN_STYLE[name].shape,
    }));
    drawTrajectories(
      ctx,
      paints,
      step,
      scale.toScreen,
      scale.width,
      scale.height,
      dpr,
      colors.halo,
    );
  }, [runs, step, scale, scheme]);
  return (
    <canvas
      ref={ref}
      className="surface-canvas"
      aria-hidden="true"
      style={{ left, top, width: scale.width, height: scale.height }}
    />
  );
}
