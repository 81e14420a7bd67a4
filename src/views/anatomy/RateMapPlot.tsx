import { useId, type ReactNode } from 'react';
import type { ScaleLinear, ScaleLogarithmic } from 'd3-scale';
import type { OptimizerId } from '../../core/optimizers/registry';
import { etaBoundary, type OptimalPoint, type RateRule } from '../../core/rateMap';
import { Axis } from '../Axes';
import { RunMarker } from '../RunMarker';
import { plainNumber } from '../texNumber';
import { Hatch } from './RateMapLegend';
import {
  MAP_BETA_RANGE,
  markerBox,
  placeLimitLabel,
  type Cursor,
  type Obstacle,
} from './rateMapModel';

/**
 * The word "optimal" by the star, with its halo (10 px type, measured in Chromium: 44 × 17 px):
 * half its width, and its top and bottom relative to its baseline, px.
 */
const OPTIMAL_WORD = { halfWidth: 23, above: 12, below: 5 } as const;
/** Half the length of each limit's rotated label with its halo, px (measured: 89 and 84 px). */
const LIMIT_LABEL_HALF = { heavy: 45, nesterov: 43 } as const;

/** A run's point on the map: its η, and the β it uses (0 for SGD). */
export interface MapPoint {
  readonly id: OptimizerId;
  readonly eta: number;
  readonly beta: number;
}

/** The boundary η(β) of a rule as [x, y] pixel points, β from 0 to the top of the map. */
function boundary(
  lambdaMax: number,
  rule: RateRule,
  x: (v: number) => number,
  y: (v: number) => number,
): [number, number][] {
  const top = MAP_BETA_RANGE[1];
  return Array.from({ length: 61 }, (_, k) => {
    const b = (k / 60) * top;
    return [x(etaBoundary(b, lambdaMax, rule)), y(b)];
  });
}

const toPath = (pts: readonly (readonly [number, number])[]) =>
  pts.map(([px, py], k) => `${k ? 'L' : 'M'}${px.toFixed(2)},${py.toFixed(2)}`).join('');

/** A five-pointed star of outer radius r centred on (0, 0), as path data. */
function star(r: number): string {
  return toPath(
    Array.from({ length: 10 }, (_, k) => {
      const a = (Math.PI * k) / 5 - Math.PI / 2;
      const rr = k % 2 === 0 ? r : r * 0.45;
      return [rr * Math.cos(a), rr * Math.sin(a)] as const;
    }),
  ).concat('Z');
}

/**
 * The rate map's vector layer, drawn over its cells (a canvas under it): the diverging region
 * hatched and labelled, momentum's limit (solid) and Nesterov's (dashed) from etaBoundary — the
 * function the cells are classified by — each labelled, the axes, every run's point, the
 * optimal point, and the pointer's or keyboard's probe. `children` is the focusable data area.
 */
export function RateMapPlot(props: {
  x: ScaleLogarithmic<number, number>;
  y: ScaleLinear<number, number>;
  innerW: number;
  innerH: number;
  lambdaMax: number;
  rule: RateRule;
  positiveDefinite: boolean;
  points: readonly MapPoint[];
  optimal: OptimalPoint | null;
  probe: Cursor | null;
  children: ReactNode;
}) {
  const { x, y, innerW, innerH, lambdaMax, rule, positiveDefinite, points, optimal, probe } = props;
  const id = useId();
  const [lo, hi] = x.domain() as [number, number];
  const ex = (eta: number) => x(Math.min(hi, Math.max(lo, eta)));
  const by = (beta: number) => y(Math.min(MAP_BETA_RANGE[1], Math.max(0, beta)));
  const heavy = boundary(lambdaMax, 'heavy-ball', x, y);
  const nesterov = boundary(lambdaMax, 'nesterov', x, y);
  const edge = rule === 'nesterov' ? nesterov : heavy;
  const region = positiveDefinite
    ? `${toPath(edge)}L${innerW},${by(MAP_BETA_RANGE[1])}L${innerW},${by(0)}Z`
    : `M0,0H${innerW}V${innerH}H0Z`;
  const ticks = x.ticks(4).filter((v) => Math.abs(Math.log10(v) % 1) < 1e-9);
  // Each limit labelled along itself on its outer side (momentum's in the hatched region right of
  // it, Nesterov's left of it), as high up as no run's marker, the optimum's star or its word is
  // in the way.
  const obstacles: Obstacle[] = points.map((p) => markerBox(ex(p.eta), by(p.beta), 7));
  const optimalWordY = optimal && optimal.beta < 0.5 ? -11 : 19;
  if (optimal) {
    const ox = ex(optimal.eta);
    const oy = by(optimal.beta);
    obstacles.push(markerBox(ox, oy, 8));
    obstacles.push([
      ox - OPTIMAL_WORD.halfWidth,
      oy + optimalWordY - OPTIMAL_WORD.above,
      ox + OPTIMAL_WORD.halfWidth,
      oy + optimalWordY + OPTIMAL_WORD.below,
    ]);
  }
  const heavyLabel = placeLimitLabel(heavy, 1, obstacles, LIMIT_LABEL_HALF.heavy);
  const nesterovLabel = placeLimitLabel(nesterov, -1, obstacles, LIMIT_LABEL_HALF.nesterov);
  return (
    <>
      <defs>
        <Hatch id={`${id}-hatch`} />
      </defs>
      <path d={region} fill={`url(#${id}-hatch)`} className="rate-diverging" />
      {positiveDefinite ? (
        <>
          <text x={innerW - 4} y={innerH - 18} textAnchor="end" className="rate-label">
            diverges
          </text>
          <text x={innerW - 4} y={innerH - 6} textAnchor="end" className="rate-label">
            ρ ≥ 1
          </text>
          <path d={toPath(heavy)} fill="none" stroke="var(--fg)" strokeWidth={1.5} />
          <path
            d={toPath(nesterov)}
            fill="none"
            stroke="var(--fg)"
            strokeWidth={1.5}
            strokeDasharray="5 3"
          />
          <text
            transform={`translate(${heavyLabel.x},${heavyLabel.y}) rotate(-90)`}
            textAnchor="middle"
            dominantBaseline="hanging"
            className="rate-label"
          >
            momentum limit
          </text>
          <text
            transform={`translate(${nesterovLabel.x},${nesterovLabel.y}) rotate(-90)`}
            textAnchor="middle"
            className="rate-label"
          >
            Nesterov limit
          </text>
        </>
      ) : (
        <text x={innerW / 2} y={innerH / 2} textAnchor="middle" className="rate-label rate-big">
          no (η, β) converges here: a curvature λ ≤ 0
        </text>
      )}
      <g transform={`translate(0,${innerH})`} aria-hidden="true">
        <line x2={innerW} stroke="currentColor" />
        {ticks.map((v) => (
          <g key={v} transform={`translate(${x(v)},0)`}>
            <line y2={5} stroke="currentColor" />
            <text y={17} textAnchor="middle" fontSize={10} fill="currentColor">
              {plainNumber(v, 1)}
            </text>
          </g>
        ))}
        <text x={innerW / 2} y={30} textAnchor="middle" fontSize={11} fill="currentColor">
          η (log scale)
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
      {optimal && positiveDefinite && (
        <g
          className="map-optimal"
          transform={`translate(${ex(optimal.eta)},${by(optimal.beta)})`}
          aria-hidden="true"
        >
          <path d={star(7)} className="rate-star" />
          <text y={optimalWordY} textAnchor="middle" className="rate-label">
            optimal
          </text>
        </g>
      )}
      {/* Nesterov first: its larger outline stays visible round momentum's marker drawn on it. */}
      {[...points]
        .sort((a, b) => Number(b.id === 'nesterov') - Number(a.id === 'nesterov'))
        .map((p) => (
          <g key={p.id} className="map-point" data-run={p.id}>
            <RunMarker
              run={p.id}
              x={ex(p.eta)}
              y={by(p.beta)}
              size={p.id === 'nesterov' ? 6.5 : 5}
              hollow={p.id === 'nesterov'}
            />
          </g>
        ))}
      {probe && (
        <g className="rate-probe" aria-hidden="true">
          <line x1={ex(probe.eta)} x2={ex(probe.eta)} y2={innerH} />
          <line y1={by(probe.beta)} y2={by(probe.beta)} x2={innerW} />
          <circle cx={ex(probe.eta)} cy={by(probe.beta)} r={4} />
        </g>
      )}
      {props.children}
    </>
  );
}
