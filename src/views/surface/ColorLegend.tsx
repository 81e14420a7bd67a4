import { format } from 'd3-format';

const small = format('.2~r');
const large = format('.2~s');

/** A level for a legend tick: two significant digits, "12k" for large values, "−" minus sign. */
export function formatLevel(v: number): string {
  return (Math.abs(v) >= 1e4 ? large(v) : small(v)).replace('-', '−');
}

/**
 * The colour key: one equal-width swatch per band, so the bar reads on the same log-spaced scale
 * as the levels, with a few level values as ticks. Drawn in SVG at the origin, `width` px wide.
 */
export function ColorLegend(props: {
  levels: readonly number[];
  colors: readonly string[];
  width: number;
}) {
  const { levels, colors, width } = props;
  const n = levels.length;
  if (n === 0 || width <= 0) return null;
  const band = width / n;
  // About one label per 56 px, always including the first and last band's lower level.
  const every = Math.max(1, Math.ceil(n / Math.max(2, Math.floor(width / 56))));
  const labelled = levels.map((_, k) => k).filter((k) => k % every === 0);
  return (
    <g className="color-legend" aria-hidden="true">
      {colors.map((c, k) => (
        <rect key={k} x={k * band} width={band + 0.5} height={10} fill={c} />
      ))}
      <rect width={width} height={10} fill="none" stroke="var(--border)" />
      {labelled.map((k) => (
        <g key={k} transform={`translate(${k * band},0)`}>
          <line y1={10} y2={14} stroke="currentColor" />
          <text y={25} fontSize={10} textAnchor={k === 0 ? 'start' : 'middle'} fill="currentColor">
            {formatLevel(levels[k] ?? 0)}
          </text>
        </g>
      ))}
      <text x={width} y={-4} fontSize={11} textAnchor="end" fill="currentColor">
        L(x, y), log-spaced levels
      </text>
    </g>
  );
}
