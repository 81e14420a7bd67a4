import { useLayoutEffect, useRef } from 'react';
import type { Runs } from '../../state/runs';
import { RUN_NAMES, RUN_STYLE } from '../screen';
import { drawTrajectories, type RunPaint } from './drawTrajectories';
import type { EqualScale } from './equalScale';
import { cssColor, fitCanvas } from './SurfaceCanvas';

const FALLBACK = { sgd: '#c96f00', momentum: '#0072b2' } as const;

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
  useLayoutEffect(() => {
    const canvas = ref.current;
    const ctx = canvas?.getContext('2d');
    if (!canvas || !ctx) return;
    const dpr = fitCanvas(canvas, scale.width, scale.height);
    const paints: RunPaint[] = RUN_NAMES.map((name) => ({
      name,
      run: runs[name],
      color: cssColor(canvas, `--${name}`, FALLBACK[name]),
      dash: RUN_STYLE[name].dash ? RUN_STYLE[name].dash.split(' ').map(Number) : [],
      shape: RUN_STYLE[name].shape,
    }));
    const halo = cssColor(canvas, '--bg', '#fff');
    drawTrajectories(ctx, paints, step, scale.toScreen, scale.width, scale.height, dpr, halo);
  }, [runs, step, scale]);
  return (
    <canvas
      ref={ref}
      className="surface-canvas"
      aria-hidden="true"
      style={{ left, top, width: scale.width, height: scale.height }}
    />
  );
}
