import type { ScaleLinear } from 'd3-scale';

/** A bottom or left axis drawn by React from a d3 scale's ticks. */
export function Axis(props: {
  scale: ScaleLinear<number, number>;
  orient: 'bottom' | 'left';
  /** Length of the perpendicular extent, for grid lines (0 for none). */
  grid?: number;
  label?: string;
  ticks?: number;
}) {
  const { scale, orient, grid = 0, label, ticks = 8 } = props;
  const values = scale.ticks(ticks);
  const fmt = scale.tickFormat(ticks);
  const [r0, r1] = scale.range() as [number, number];
  const bottom = orient === 'bottom';
  return (
    <g className="axis" aria-hidden="true">
      <line
        x1={bottom ? r0 : 0}
        x2={bottom ? r1 : 0}
        y1={bottom ? 0 : r0}
        y2={bottom ? 0 : r1}
        stroke="currentColor"
      />
      {values.map((v) => {
        const p = scale(v);
        return (
          <g key={v} transform={bottom ? `translate(${p},0)` : `translate(0,${p})`}>
            {grid > 0 && (
              <line
                x2={bottom ? 0 : grid}
                y2={bottom ? -grid : 0}
                stroke="var(--grid)"
                strokeWidth={1}
              />
            )}
            <line x2={bottom ? 0 : -5} y2={bottom ? 5 : 0} stroke="currentColor" />
            <text
              x={bottom ? 0 : -8}
              y={bottom ? 18 : 4}
              textAnchor={bottom ? 'middle' : 'end'}
              fontSize={11}
              fill="currentColor"
            >
              {fmt(v).replace('-', '−')}
            </text>
          </g>
        );
      })}
      {label && (
        <text
          className="axis-label"
          x={bottom ? (r0 + r1) / 2 : 0}
          y={bottom ? 34 : 0}
          transform={bottom ? undefined : `translate(-40,${(r0 + r1) / 2}) rotate(-90)`}
          textAnchor="middle"
          fontSize={12}
          fill="currentColor"
        >
          {label}
        </text>
      )}
    </g>
  );
}
