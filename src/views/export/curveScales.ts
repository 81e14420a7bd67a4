import { scaleLinear, type ScaleLinear } from 'd3-scale';
import type { Interval, Preset } from '../../core/presets';

/** The 1D plot's data → px mappings inside its data area. */
export interface CurveScales {
  readonly x: ScaleLinear<number, number>;
  readonly y: ScaleLinear<number, number>;
}

/**
 * The mappings LossCurve1D draws with, rebuilt from the same inputs (the loss, the view and the
 * data area's size): x spans the view; y spans the loss sampled at 401 points plus 8 % padding,
 * rounded out to nice ticks. The video draws its markers with these, so they land on the curve.
 */
export function curveScales(
  loss: Preset['loss'],
  view: Interval,
  width: number,
  height: number,
): CurveScales {
  const [lo, hi] = view;
  const losses = Array.from({ length: 401 }, (_, i) => loss([lo + ((hi - lo) * i) / 400]));
  const min = Math.min(...losses);
  const max = Math.max(...losses);
  const pad = (max - min) * 0.08;
  return {
    x: scaleLinear().domain([lo, hi]).range([0, width]),
    y: scaleLinear()
      .domain([min - pad, max + pad])
      .range([height, 0])
      .nice(),
  };
}
