import { useId } from 'react';
import { legendTicks } from './rateMapModel';
import { rateColor } from './useRateRaster';

const HEIGHT = 44;

/** The diverging region's hatching, as an SVG pattern with this id. */
export function Hatch(props: { id: string }) {
  return (
    <pattern
      id={props.id}
      width={6}
      height={6}
      patternUnits="userSpaceOnUse"
      patternTransform="rotate(45)"
    >
      <rect width={6} height={6} className="rate-hatch-bg" />
      <line y2={6} className="rate-hatch-line" />
    </pattern>
  );
}
const BAR_H = 10;

/** Half the widest tick label ("1 − 10⁻⁶" at 10 px), px. */
const HALF_LABEL_PX = 26;

/**
 * A tick label's anchor: centred on its tick, except at the bar's right end (the "ρ ≥ 1" swatch
 * follows it) and at its left end only when the margin there cannot hold half a label. Anchoring
 * the leftmost label at its start whatever the margin pushed it into its neighbour's place
 * ("1 − 10⁻⁶1 − 10⁻⁵" on Rosenbrock's 1400 px map).
 */
function tickAnchor(x: number, left: number, width: number): 'start' | 'middle' | 'end' {
  if (x > width - 20) return 'end';
  return left + x < HALF_LABEL_PX ? 'start' : 'middle';
}

/**
 * The rate map's colour key: ρ, the error factor per step, on a log scale of 1 − ρ (each decade
 * of 1 − ρ is ten times fewer steps), slow and pale on the left, fast and dark on the right, and a
 * hatched swatch for the diverging region.
 */
export function RateMapLegend(props: {
  /** The map's 1 − ρ range; null while the map is first computed (the bar shows, no ticks). */
  domain: readonly [number, number] | null;
  /** Left offset and width of the bar, px: aligned with the map's data area. */
  left: number;
  width: number;
  total: number;
}) {
  const { domain, left, width, total } = props;
  const id = useId();
  const [a, b] = domain ?? [1, 1];
  const span = Math.log(b / a);
  const xOf = (gap: number) => (Math.log(gap / a) / span) * width;
  const stops = Array.from({ length: 11 }, (_, k) => k / 10);
  const hatchW = 28;
  return (
    <svg width={total} height={HEIGHT} className="rate-legend" aria-hidden="true">
      <defs>
        <linearGradient id={`${id}-ramp`}>
          {stops.map((s) => (
            <stop key={s} offset={s} stopColor={rateColor(s)} />
          ))}
        </linearGradient>
        <Hatch id={`${id}-hatch`} />
      </defs>
      <g transform={`translate(${left},2)`}>
        <text y={9} fontSize={10} fill="currentColor">
          ρ per step, on a log scale of 1 − ρ
        </text>
        <rect y={13} width={width} height={BAR_H} fill={`url(#${id}-ramp)`} />
        {(domain ? legendTicks(domain, width, 62) : []).map(({ gap, rho }) => (
          <g key={gap} transform={`translate(${xOf(gap)},${13 + BAR_H})`}>
            <line y2={4} stroke="currentColor" />
            <text
              y={15}
              fontSize={10}
              textAnchor={tickAnchor(xOf(gap), left, width)}
              fill="currentColor"
            >
              {rho}
            </text>
          </g>
        ))}
      </g>
      {left + width + 8 + hatchW <= total && (
        <g transform={`translate(${left + width + 8},15)`}>
          <rect width={hatchW} height={BAR_H} fill={`url(#${id}-hatch)`} stroke="var(--border)" />
          <text y={BAR_H + 13} fontSize={10} fill="currentColor">
            ρ ≥ 1
          </text>
        </g>
      )}
    </svg>
  );
}
