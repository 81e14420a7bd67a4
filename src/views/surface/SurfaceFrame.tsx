import { memo, useMemo } from 'react';
import { scaleLinear } from 'd3-scale';
import type { Interval } from '../../core/presets';
import { Axis } from '../Axes';
import { clampPx } from '../screen';
import { ColorLegend } from './ColorLegend';
import type { EqualScale } from './equalScale';

/**
 * What changes only with the window and the plot size: frame, axes, minima, colour legend.
 * Memoised, so a step or slider move re-renders only the markers and arrows above it.
 */
export const SurfaceFrame = memo(function SurfaceFrame(props: {
  scale: EqualScale;
  vx: Interval;
  vy: Interval;
  minima: readonly (readonly number[])[];
  levels: readonly number[];
  colors: readonly string[];
  clipId: string;
}) {
  const { scale, vx, vy, minima, levels, colors, clipId } = props;
  const axes = useMemo(
    () => ({
      x: scaleLinear().domain(vx).range([0, scale.width]),
      y: scaleLinear().domain(vy).range([scale.height, 0]),
    }),
    [vx, vy, scale],
  );
  return (
    <>
      <rect width={scale.width} height={scale.height} fill="none" stroke="var(--border)" />
      <g transform={`translate(0,${scale.height})`}>
        <Axis
          scale={axes.x}
          orient="bottom"
          label="x"
          ticks={Math.max(3, Math.round(scale.width / 70))}
        />
      </g>
      <Axis
        scale={axes.y}
        orient="left"
        label="y"
        ticks={Math.max(3, Math.round(scale.height / 60))}
      />
      <g clipPath={`url(#${clipId})`} aria-hidden="true">
        {minima.map((m, i) => {
          const [mx, my] = scale.toScreen(m[0] ?? 0, m[1] ?? 0).map(clampPx);
          return (
            <path key={i} className="minimum-mark" d={`M${mx},${my}m-5,-5l10,10m0,-10l-10,10`} />
          );
        })}
      </g>
      <g transform={`translate(0,${scale.height + 56})`}>
        <ColorLegend levels={levels} colors={colors} width={scale.width} />
      </g>
    </>
  );
});
