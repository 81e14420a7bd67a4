import { memo } from 'react';
import { scaleLinear } from 'd3-scale';
import { format } from 'd3-format';
import type { OptimizerId } from '../../core/optimizers/registry';
import { clampPx, RUN_STYLE } from '../screen';
import type { AdaptiveAnatomy } from './adaptive';

const LABEL_W = 18;
const GAP = 12;
const HEAD_H = 34;
const ROW_H = 34;
const BAR_H = 12;
const sig3 = format('.3~g');
const exp2 = format('.2~e');
/** Bar labels: 3 significant digits, exponent form when tiny or huge (the table has 5). */
const label = (v: number) => {
  if (!Number.isFinite(v)) return '—';
  const a = Math.abs(v);
  return (a !== 0 && (a < 1e-3 || a >= 1e5) ? exp2(v) : sig3(v)).replace(/-/g, '−');
};

/**
 * An adaptive step taken apart per coordinate, as three columns of bars: what the rule moves
 * along (|g|, or Adam's |â|), the step scale η/(√ŝ + ε), and their product, the step |m_t|, beside
 * a dashed line at η. Each column has its own linear scale from 0. Decorative for assistive tech:
 * the table under it has the same numbers.
 */
export const AdaptiveBars = memo(function AdaptiveBars(props: {
  run: OptimizerId;
  anatomy: AdaptiveAnatomy;
  width: number;
}) {
  const { run, anatomy, width } = props;
  const color = RUN_STYLE[run].color;
  const { coords, eta } = anatomy;
  const names = coords.length === 1 ? ['w'] : ['x', 'y'];
  const colW = Math.max(60, (width - LABEL_W - 2 * GAP) / 3);
  const rowsEnd = HEAD_H + coords.length * ROW_H;
  // Room under the rows for the η line's label.
  const height = rowsEnd + 14;
  const columns = [
    {
      key: 'dir',
      head: run === 'adam' ? ['|â|', 'the mean'] : ['|g|', 'the gradient'],
      values: coords.map((c) => Math.abs(c.direction)),
      eta: false,
    },
    {
      key: 'scale',
      head: ['× step scale', run === 'adam' ? 'η/(√ŝ+ε)' : 'η/(√s+ε)'],
      values: coords.map((c) => c.scale),
      eta: false,
    },
    {
      key: 'step',
      head: ['= step |m|', 'beside η'],
      values: coords.map((c) => Math.abs(c.step)),
      eta: true,
    },
  ];
  return (
    <svg width={width} height={height} className="adaptive-bars" aria-hidden="true">
      {names.map((n, j) => (
        <text key={n} x={0} y={HEAD_H + j * ROW_H + BAR_H - 1} className="ab-name">
          {n}
        </text>
      ))}
      {columns.map((col, i) => {
        const finite = col.values.filter(Number.isFinite);
        const top = Math.max(...finite, col.eta ? eta : 0, Number.MIN_VALUE);
        const x = scaleLinear()
          .domain([0, top * (col.eta ? 1.2 : 1.05)])
          .range([0, colW])
          .clamp(true);
        const x0 = LABEL_W + i * (colW + GAP);
        return (
          <g key={col.key} transform={`translate(${x0},0)`} className={`ab-col ab-${col.key}`}>
            {/* Two short lines: three columns share a phone-wide panel. */}
            <text x={0} y={9} className="ab-head">
              <tspan x={0}>{col.head[0]}</tspan>
              <tspan x={0} dy={11}>
                {col.head[1]}
              </tspan>
            </text>
            <line x1={0} x2={0} y1={HEAD_H - 4} y2={rowsEnd - 2} stroke="var(--muted)" />
            {col.values.map((v, j) => (
              <g key={j} transform={`translate(0,${HEAD_H + j * ROW_H})`}>
                <rect
                  className="ab-bar"
                  width={Number.isFinite(v) ? Math.max(1, clampPx(x(v))) : 0}
                  height={BAR_H}
                  fill={color}
                  opacity={col.key === 'scale' ? 1 : 0.55}
                />
                <text x={0} y={BAR_H + 12} className="ab-value">
                  {label(v)}
                </text>
              </g>
            ))}
            {col.eta && (
              <g className="ab-eta">
                <line
                  x1={x(eta)}
                  x2={x(eta)}
                  y1={HEAD_H - 4}
                  y2={rowsEnd - 2}
                  stroke="var(--fg)"
                  strokeDasharray="3 2"
                />
                <text x={x(eta)} y={height - 2} textAnchor="middle" className="ab-value">
                  η
                </text>
              </g>
            )}
          </g>
        );
      })}
    </svg>
  );
});
