import { useMemo } from 'react';
import { scaleLinear, scaleLog } from 'd3-scale';
import { interpolateYlGnBu } from 'd3-scale-chromatic';
import { format } from 'd3-format';
import type { OptimizerId } from '../../core/optimizers/registry';
import { etaBoundary, rateMap, type RateRule } from '../../core/rateMap';
import { Axis } from '../Axes';
import { RunMarker } from '../RunMarker';
import { RUN_STYLE } from '../screen';

const MARGIN = { top: 8, right: 10, bottom: 34, left: 40 };
const COLS = 48;
const ROWS = 24;
const BETA_RANGE: readonly [number, number] = [0, 0.999];
const etaFmt = format('.1~e');

/** A run's point on the map: its η, and the β it uses (0 for SGD). */
export interface MapPoint {
  readonly id: OptimizerId;
  readonly eta: number;
  readonly beta: number;
}

/** The boundary η(β) of a rule as SVG path data. */
function boundaryPath(
  lambdaMax: number,
  rule: RateRule,
  x: (v: number) => number,
  y: (v: number) => number,
): string {
  const pts = Array.from({ length: 41 }, (_, k) => (k / 40) * BETA_RANGE[1]);
  return pts
    .map((b, k) => `${k ? 'L' : 'M'}${x(etaBoundary(b, lambdaMax, rule))},${y(b)}`)
    .join('');
}

/**
 * The (η, β) plane for a bowl with these eigenvalues: shaded by one rule's predicted rate (darker
 * converges faster; blank diverges), heavy ball's limit η = (2+2β)/λ_max as a solid line and
 * Nesterov's (2+2β)/((1+2β)·λ_max) dashed, and every SGD, momentum and Nesterov run at its own
 * (η, β) in its marker (SGD sits on β = 0). Purely visual; the theory table states the same.
 */
export function StabilityMap(props: {
  eigenvalues: readonly number[];
  rule: RateRule;
  points: readonly MapPoint[];
  width: number;
}) {
  const { eigenvalues, rule, points, width } = props;
  const height = 190;
  const innerW = Math.max(40, width - MARGIN.left - MARGIN.right);
  const innerH = height - MARGIN.top - MARGIN.bottom;
  const lambdaMax = Math.max(...eigenvalues);

  const { x, y, cells, heavy, nesterov } = useMemo(() => {
    const etaRange: [number, number] = [0.01 / lambdaMax, 10 / lambdaMax];
    const x = scaleLog().domain(etaRange).range([0, innerW]);
    const y = scaleLinear().domain([0, 1]).range([innerH, 0]);
    // The core's map, cell centres on this log η axis: cells and boundary lines agree exactly.
    const rho = rateMap(eigenvalues, etaRange, BETA_RANGE, COLS, ROWS, rule);
    const cw = innerW / COLS;
    const ch = (y(0) - y(BETA_RANGE[1])) / ROWS;
    const cells = [];
    for (let j = 0; j < ROWS; j++)
      for (let i = 0; i < COLS; i++) {
        const rate = rho[j * COLS + i] ?? NaN;
        if (!(rate < 1)) continue;
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
    return {
      x,
      y,
      cells,
      heavy: boundaryPath(lambdaMax, 'heavy-ball', x, y),
      nesterov: boundaryPath(lambdaMax, 'nesterov', x, y),
    };
  }, [eigenvalues, lambdaMax, innerW, innerH, rule]);

  const [lo, hi] = x.domain() as [number, number];
  const ex = (eta: number) => x(Math.min(hi, Math.max(lo, eta)));
  const ticks = x.ticks(4).filter((v) => Math.abs(Math.log10(v) % 1) < 1e-9);
  const shaded = rule === 'nesterov' ? 'Nesterov' : 'momentum';
  const where = points
    .map((p) => `${RUN_STYLE[p.id].label} at η = ${p.eta}, β = ${p.beta}`)
    .join('; ');
  return (
    <svg
      width={width}
      height={height}
      className="plot-svg stability-map"
      role="img"
      aria-label="Stable region of η and β"
    >
      <title>
        Shaded by {shaded}’s rate. Momentum is stable left of the solid line η = (2 + 2β)/λ_max,
        Nesterov left of the dashed η = (2 + 2β)/((1 + 2β)·λ_max). {where}.
      </title>
      <g transform={`translate(${MARGIN.left},${MARGIN.top})`}>
        <rect width={innerW} height={innerH} fill="var(--bg)" />
        {cells}
        <path d={heavy} fill="none" stroke="var(--fg)" strokeWidth={1.5} />
        <path d={nesterov} fill="none" stroke="var(--fg)" strokeWidth={1.5} strokeDasharray="5 3" />
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
        {/* Nesterov first: its larger outline stays visible round momentum's marker drawn on it. */}
        {[...points]
          .sort((a, b) => Number(b.id === 'nesterov') - Number(a.id === 'nesterov'))
          .map((p) => (
            <g key={p.id} className="map-point" data-run={p.id}>
              <RunMarker
                run={p.id}
                x={ex(p.eta)}
                y={y(Math.min(p.beta, BETA_RANGE[1]))}
                // Momentum and Nesterov share β (and often η): Nesterov's outline stays visible.
                size={p.id === 'nesterov' ? 6.5 : 5}
                hollow={p.id === 'nesterov'}
              />
            </g>
          ))}
      </g>
    </svg>
  );
}
