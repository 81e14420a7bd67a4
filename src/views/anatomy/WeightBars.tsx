import { memo, useMemo } from 'react';
import { scaleLinear } from 'd3-scale';
import type { OptimizerId } from '../../core/optimizers/registry';
import { clampPx, RUN_STYLE } from '../screen';
import { format } from 'd3-format';
import {
  subscript,
  superscript,
  waterfallDomain,
  waterfallExtent,
  type WaterfallRow,
} from './waterfall';

const ROW_H = 16;
const BAR_H = 10;
const LABEL_W = 100;
const VALUE_W = 62;
const GAP = 8;
const HEAD_H = 18;
/** Bar labels at 4 significant digits: narrow columns; the exact values are in the terms table. */
const sig4 = format('.4~g');
const exp3 = format('.3~e');
const label = (v: number | undefined) => {
  if (v === undefined || !Number.isFinite(v)) return '—';
  const a = Math.abs(v);
  // Exponent form for tiny and huge values: 0.00001254 would not fit the column.
  return (a !== 0 && (a < 1e-3 || a >= 1e5) ? exp3(v) : sig4(v)).replace(/-/g, '−');
};

/** A bar as a unit rect moved and stretched by a CSS transform, so geometry changes can animate. */
function Bar(props: { x0: number; x1: number; color: string; opacity?: number }) {
  const a = clampPx(Math.min(props.x0, props.x1));
  const w = Math.max(1, clampPx(Math.abs(props.x1 - props.x0)));
  return (
    <rect
      className="wf-bar"
      width={1}
      height={BAR_H}
      fill={props.color}
      opacity={props.opacity ?? 1}
      style={{ transform: `translate(${a}px, ${(ROW_H - BAR_H) / 2}px) scaleX(${w})` }}
    />
  );
}

/** Room a clipped bar needs to carry its "off scale" label inside it, px. */
const CLIP_LABEL_PX = 64;

/**
 * "off scale" on a clipped SGD bar: inside the bar (in the page colour) when the bar is long
 * enough, else beside the zero line on the other side (in the text colour), so it always shows.
 */
function ClipLabel(props: { x: (v: number) => number; m: number; colW: number }) {
  const { x, m, colW } = props;
  const right = m > 0;
  const zero = clampPx(x(0));
  const inside = (right ? colW - zero : zero) >= CLIP_LABEL_PX;
  const at = inside ? (right ? colW - 2 : 2) : right ? zero - 3 : zero + 3;
  return (
    <text
      x={at}
      y={11}
      textAnchor={right ? 'end' : 'start'}
      className={inside ? 'wf-clip' : 'wf-clip wf-clip-out'}
    >
      {right ? 'off scale ▸' : '◂ off scale'}
    </text>
  );
}

/**
 * The β^k waterfall: one row per term η·β^k·g_{t−1−k} (newest first), each bar starting where the
 * running sum of the newer terms ends, then m_t as a whole bar and, when SGD is shown, its single
 * term below it. One column per coordinate (w in 1D; x and y in 2D), each with its own zero line
 * and scale; bars in the unrolled run's colour (Momentum or Nesterov). Decorative for assistive
 * tech: the same numbers are in the terms table beside it.
 */
export const WeightBars = memo(function WeightBars(props: {
  /** The unrolled run: momentum or Nesterov. */
  run: OptimizerId;
  rows: readonly WaterfallRow[];
  /** m_t of the unrolled run, and of SGD when it is shown (null when not), per coordinate. */
  momentumM: readonly number[];
  sgdM: readonly number[] | null;
  dim: number;
  width: number;
  /** The step whose m_t is shown, for the labels. */
  t: number;
  /** The row SGD's m is from (its last finite one once it has diverged). */
  sgdT: number;
}) {
  const { run, rows, momentumM, sgdM, dim, width, t, sgdT } = props;
  const color = RUN_STYLE[run].color;
  const colW = Math.max(60, (width - LABEL_W - dim * (VALUE_W + GAP)) / dim);
  const height = HEAD_H + (rows.length + (sgdM ? 2 : 1)) * ROW_H + 8;
  // Too narrow for the columns at their smallest: draw at the width they need and scale the
  // picture down to the box, so the value column is never cut off.
  const natural = Math.max(width, LABEL_W + dim * (colW + VALUE_W + GAP));
  const shown = { width, height: (height * width) / natural };
  const columns = useMemo(
    () =>
      Array.from({ length: dim }, (_, i) => {
        const { domain, sgdClipped } = sgdM
          ? waterfallDomain(rows, i, momentumM[i] ?? 0, sgdM[i] ?? 0)
          : { domain: waterfallExtent(rows, i, [momentumM[i] ?? 0]), sgdClipped: false };
        // clamp: a clipped SGD bar ends at the column's edge.
        const x = scaleLinear().domain(domain).range([0, colW]).nice().clamp(true);
        return { x, sgdClipped };
      }),
    [rows, sgdM, momentumM, dim, colW],
  );
  const names = dim === 1 ? ['w'] : ['x', 'y'];
  const colX = (i: number) => LABEL_W + i * (colW + VALUE_W + GAP);
  const sumY = HEAD_H + rows.length * ROW_H;

  return (
    <svg
      width={shown.width}
      height={shown.height}
      viewBox={`0 0 ${natural} ${height}`}
      className="weight-bars"
      aria-hidden="true"
    >
      {columns.map(({ x, sgdClipped }, i) => (
        <g key={i} transform={`translate(${colX(i)},0)`}>
          <text x={colW / 2} y={12} textAnchor="middle" className="wf-head">
            {dim === 1 ? 'terms, running sum →' : `${names[i]} component`}
          </text>
          <line
            x1={clampPx(x(0))}
            x2={clampPx(x(0))}
            y1={HEAD_H - 2}
            y2={height - 4}
            stroke="var(--muted)"
            strokeWidth={1}
          />
          {rows.map((r, j) => {
            const from = x(r.from[i] ?? 0);
            const to = x(r.to[i] ?? 0);
            return (
              <g
                key={r.key}
                className="wf-row"
                style={{ transform: `translateY(${HEAD_H + j * ROW_H}px)` }}
              >
                {j > 0 && (
                  <line
                    className="wf-link"
                    x1={clampPx(from)}
                    x2={clampPx(from)}
                    y1={-ROW_H / 2 + BAR_H / 2}
                    y2={(ROW_H - BAR_H) / 2}
                    stroke={color}
                    strokeWidth={1}
                    opacity={0.6}
                  />
                )}
                <Bar
                  x0={from}
                  x1={to}
                  color={color}
                  opacity={r.k === null ? 0.35 : 0.3 + 0.7 * r.weight}
                />
                <text x={colW + 4} y={12} className="wf-value">
                  {label(r.value[i])}
                </text>
              </g>
            );
          })}
          <g style={{ transform: `translateY(${sumY}px)` }} className="wf-row">
            <Bar x0={x(0)} x1={x(momentumM[i] ?? 0)} color={color} />
            <text x={colW + 4} y={12} className="wf-value wf-total">
              {label(momentumM[i])}
            </text>
          </g>
          {sgdM && (
            <g style={{ transform: `translateY(${sumY + ROW_H}px)` }} className="wf-row">
              <Bar x0={x(0)} x1={x(sgdM[i] ?? 0)} color={RUN_STYLE.sgd.color} />
              {sgdClipped && <ClipLabel x={x} m={sgdM[i] ?? 0} colW={colW} />}
              <text x={colW + 4} y={12} className="wf-value">
                {label(sgdM[i])}
              </text>
            </g>
          )}
        </g>
      ))}
      <g className="wf-labels">
        {rows.map((r, j) => (
          <text key={j} x={0} y={HEAD_H + j * ROW_H + 12}>
            {r.k === null
              ? `${r.count} older, Σ ${label(r.weight)}`
              : `β${superscript(r.k)} = ${label(r.weight)}`}
          </text>
        ))}
        <line
          x1={0}
          x2={natural}
          y1={sumY + 0.5}
          y2={sumY + 0.5}
          stroke="var(--border)"
          strokeWidth={1}
        />
        <text x={0} y={sumY + 12} className="wf-total">
          = m{subscript(t)} (sum)
        </text>
        {sgdM && (
          <text x={0} y={sumY + ROW_H + 12}>
            SGD m{subscript(sgdT)}
          </text>
        )}
      </g>
    </svg>
  );
});
