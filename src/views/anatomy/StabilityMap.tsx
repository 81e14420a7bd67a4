import { useMemo } from 'react';
import { scaleLinear, scaleLog } from 'd3-scale';
import { interpolateYlGnBu } from 'd3-scale-chromatic';
import { format } from 'd3-format';
import { heavyBallRate, etaLimit } from '../../core/stability';
import { Axis } from '../Axes';
import { RunMarker } from '../RunMarker';

const MARGIN = { top: 8, right: 10, bottom: 34, left: 40 };
const COLS = 48;
const ROWS = 24;
const BETA_MAX = 0.999;
const etaFmt = format('.1~e');

/**
 * The (η, β) plane for a bowl with these eigenvalues: shaded by momentum's predicted rate
 * (darker converges faster; blank diverges), the boundary η = (2 + 2β)/λ_max, and both runs'
 * points (SGD sits on β = 0). Purely visual; the theory panel states the same in words.
 */
export function StabilityMap(props: {
  eigenvalues: readonly number[];
  eta: number;
  beta: number;
  width: number;
}) {
  const { eigenvalues, eta, beta, width } = props;
  const height = 190;
  const innerW = Math.max(40, width - MARGIN.left - MARGIN.right);
  const innerH = height - MARGIN.top - MARGIN.bottom;
  const lambdaMax = Math.max(...eigenvalues);

  const { x, y, cells, boundary } = useMemo(() => {
    const x = scaleLog()
      .domain([0.01 / lambdaMax, 10 / lambdaMax])
      .range([0, innerW]);
    const y = scaleLinear().domain([0, 1]).range([innerH, 0]);
    const cw = innerW / COLS;
    const ch = innerH / ROWS;
    const cells = [];
    for (let i = 0; i < COLS; i++)
      for (let j = 0; j < ROWS; j++) {
        const e = x.invert((i + 0.5) * cw);
        const b = Math.min(BETA_MAX, y.invert(innerH - (j + 0.5) * ch));
        const rate = Math.max(...eigenvalues.map((l) => heavyBallRate(e, b, l)));
        if (rate >= 1) continue;
        cells.push(
          <rect
            key={`${i},${j}`}
            x={i * cw}
            y={innerH - (j + 1) * ch}
            width={cw + 0.5}
            height={ch + 0.5}
            // Rate 0 (fast) dark, rate → 1 (slow) pale.
            fill={interpolateYlGnBu(0.15 + 0.85 * (1 - rate))}
          />,
        );
      }
    const pts = Array.from({ length: 41 }, (_, k) => (k / 40) * BETA_MAX);
    const boundary = pts
      .map((b, k) => `${k ? 'L' : 'M'}${x(etaLimit(b, lambdaMax))},${y(b)}`)
      .join('');
    return { x, y, cells, boundary };
  }, [eigenvalues, lambdaMax, innerW, innerH]);

  const [lo, hi] = x.domain() as [number, number];
  const ex = x(Math.min(hi, Math.max(lo, eta)));
  const ticks = x.ticks(4).filter((v) => Math.abs(Math.log10(v) % 1) < 1e-9);
  return (
    <svg
      width={width}
      height={height}
      className="plot-svg stability-map"
      role="img"
      aria-label="Stable region of η and β"
    >
      <title>
        Momentum is stable left of the line η = (2 + 2β)/λ_max; the current point is at η = {eta}, β
        = {beta}.
      </title>
      <g transform={`translate(${MARGIN.left},${MARGIN.top})`}>
        <rect width={innerW} height={innerH} fill="var(--bg)" />
        {cells}
        <path d={boundary} fill="none" stroke="var(--fg)" strokeWidth={1.5} />
        <g transform={`translate(0,${innerH})`} aria-hidden="true">
          <line x2={innerW} stroke="currentColor" />
          {ticks.map((v) => (
            <g key={v} transform={`translate(${x(v)},0)`}>
              <line y2={5} stroke="currentColor" />
              <text y={17} textAnchor="middle" fontSize={10} fill="currentColor">
                {etaFmt(v).replace('-', '−')}
              </text>
            </g>
          ))}
          <text x={innerW / 2} y={30} textAnchor="middle" fontSize={11} fill="currentColor">
            η (log)
          </text>
        </g>
        <Axis scale={y} orient="left" ticks={4} />
        <text
          transform={`translate(-30,${innerH / 2}) rotate(-90)`}
          textAnchor="middle"
          fontSize={11}
          fill="currentColor"
        >
          β
        </text>
        <RunMarker run="sgd" x={ex} y={y(0)} size={5} />
        <RunMarker run="momentum" x={ex} y={y(Math.min(beta, BETA_MAX))} size={5} />
      </g>
    </svg>
  );
}
