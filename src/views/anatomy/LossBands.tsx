import { memo } from 'react';
import type { ScaleLinear, ScaleLogarithmic } from 'd3-scale';
import { area, line } from 'd3-shape';
import type { LossBand } from '../../core/cloud';
import type { OptimizerId } from '../../core/optimizers/registry';
import { clampPx, RUN_STYLE } from '../screen';
import { bandSeries, decimate, lossGap, type BandPoint } from './lossScale';

/**
 * The noise cloud in the loss chart, behind the runs' own lines: for every run the worker has a
 * band for, its 10–90 % band across the seeds as a translucent area in the run's colour and its
 * median as a thin line, both as gaps above L* on the chart's log scale, clamped to the plot
 * like the lines are. Only the cloud's first `steps` rows exist (and no more than `xMax`).
 */
export const LossBands = memo(function LossBands(props: {
  bands: Partial<Record<OptimizerId, LossBand>>;
  ids: readonly OptimizerId[];
  steps: number;
  xMax: number;
  lStar: number;
  x: ScaleLinear<number, number>;
  y: ScaleLogarithmic<number, number>;
  bin: number;
}) {
  const { bands, ids, steps, xMax, lStar, x, y, bin } = props;
  const n = Math.min(steps, xMax) + 1;
  // Path data to a tenth of a pixel, as the runs' lines (LossChart).
  const fill = area<BandPoint>()
    .x((p) => clampPx(x(p.i)))
    .y0((p) => clampPx(y(p.lo)))
    .y1((p) => clampPx(y(p.hi)))
    .digits(1);
  const mid = line<{ i: number; v: number }>()
    .x((p) => clampPx(x(p.i)))
    .y((p) => clampPx(y(p.v)))
    .digits(1);
  return (
    <g className="loss-bands" aria-hidden="true">
      {ids.map((id) => {
        const band = bands[id];
        if (!band) return null;
        const { median, q10, q90 } = band;
        const median10 = decimate(
          Math.min(n, median.length),
          (i) => lossGap(median[i] ?? NaN, lStar),
          bin,
        );
        return (
          <g key={id} className="loss-band" data-run={id}>
            <path
              d={fill(bandSeries(q10, q90, n, lStar, bin)) ?? ''}
              fill={RUN_STYLE[id].color}
              fillOpacity={0.26}
              stroke="none"
            />
            <path
              className="loss-band-median"
              d={mid(median10) ?? ''}
              fill="none"
              stroke={RUN_STYLE[id].color}
              strokeWidth={1.25}
              strokeOpacity={0.9}
            />
          </g>
        );
      })}
    </g>
  );
});
