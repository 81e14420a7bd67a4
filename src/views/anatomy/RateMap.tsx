import { useId, useMemo, useState, type KeyboardEvent, type MouseEvent } from 'react';
import { scaleLinear, scaleLog } from 'd3-scale';
import type { RateRule } from '../../core/rateMap';
import { useActions } from '../../state/StoreContext';
import { formatNumber } from '../format';
import { RateMapLegend } from './RateMapLegend';
import {
  cellGrid,
  MAP_BETA_RANGE,
  mapEtaRange,
  moveCursor,
  optimalFor,
  pointAt,
  readRate,
  snapBeta,
  snapEta,
  type Cursor,
  readingText,
} from './rateMapModel';
import { RateMapPlot, type MapPoint } from './RateMapPlot';
import { useRateRaster } from './useRateRaster';

export type { MapPoint } from './RateMapPlot';

const MARGIN = { top: 8, right: 12, bottom: 36, left: 42 };
const HEIGHT = 220;

/**
 * "Rate map": the (η, β) plane for these Hessian eigenvalues, shaded by the rule's predicted rate
 * ρ at one cell per 2 px (a canvas), the diverging region hatched, both limits drawn from
 * etaBoundary, every SGD, momentum and Nesterov run at its point and Polyak's optimum. Hovering
 * reads η, β, ρ and the steps to shrink the error 10⁶×; a click sets η and β (DESIGN §5); from
 * the keyboard the arrows move a cursor and Enter sets it. "Use optimal" sets (η*, β*).
 */
export function RateMap(props: {
  eigenvalues: readonly number[];
  rule: RateRule;
  points: readonly MapPoint[];
  width: number;
  /** The η and β now set, where the keyboard cursor starts. */
  current: Cursor;
}) {
  const { eigenvalues, rule, points, width, current } = props;
  const { setEta, setBeta } = useActions();
  const hint = useId();
  const [hover, setHover] = useState<Cursor | null>(null);
  const [keys, setKeys] = useState<Cursor | null>(null);
  const innerW = Math.max(60, width - MARGIN.left - MARGIN.right);
  const innerH = HEIGHT - MARGIN.top - MARGIN.bottom;
  const etaRange = useMemo(() => mapEtaRange(eigenvalues), [eigenvalues]);
  const { cols, rows } = cellGrid(innerW, innerH);
  const { canvas, raster } = useRateRaster(eigenvalues, etaRange, rule, cols, rows);
  const x = scaleLog().domain(etaRange).range([0, innerW]);
  const y = scaleLinear().domain(MAP_BETA_RANGE).range([innerH, 0]);
  const lambdaMax = Math.max(...eigenvalues);
  const positiveDefinite = eigenvalues.every((l) => l > 0);
  const optimal = useMemo(() => optimalFor(eigenvalues), [eigenvalues]);

  const pick = (c: Cursor) => {
    setEta(c.eta);
    setBeta(c.beta);
  };
  const under = (e: MouseEvent<SVGRectElement>) => {
    const r = e.currentTarget.getBoundingClientRect();
    return pointAt((e.clientX - r.left) / r.width, (e.clientY - r.top) / r.height, etaRange);
  };
  const onKey = (e: KeyboardEvent<SVGRectElement>) => {
    const from = keys ?? { eta: snapEta(current.eta), beta: snapBeta(current.beta) };
    if (e.key === 'Enter') {
      pick(from);
      e.preventDefault();
      return;
    }
    const next = moveCursor(from, e.key, e.shiftKey, etaRange);
    if (next) {
      setKeys(next);
      e.preventDefault();
    }
  };
  const probe = hover ?? keys;
  const reading = probe ? readRate(eigenvalues, probe.eta, probe.beta, rule) : null;

  return (
    <div className="rate-map-wrap">
      <div className="rate-map" style={{ width, height: HEIGHT }}>
        <canvas
          ref={canvas}
          className="rate-cells"
          width={raster?.cols ?? cols}
          height={raster?.rows ?? rows}
          style={{ left: MARGIN.left, top: MARGIN.top, width: innerW, height: innerH }}
          aria-hidden="true"
        />
        <svg width={width} height={HEIGHT} className="plot-svg rate-map-svg">
          <g transform={`translate(${MARGIN.left},${MARGIN.top})`}>
            <RateMapPlot
              x={x}
              y={y}
              innerW={innerW}
              innerH={innerH}
              lambdaMax={lambdaMax}
              rule={rule}
              positiveDefinite={positiveDefinite}
              points={points}
              optimal={optimal}
              probe={probe}
            >
              <rect
                className="data-area rate-map-area"
                role="img"
                aria-label="Rate map"
                aria-describedby={hint}
                tabIndex={0}
                data-keys="own"
                width={innerW}
                height={innerH}
                fill="transparent"
                onPointerMove={(e) => setHover(under(e))}
                onPointerDown={(e) => setHover(under(e))}
                onPointerLeave={() => setHover(null)}
                // The point the readout shows (a click's own coordinates are whole pixels).
                onClick={(e) => pick(hover ?? under(e))}
                onKeyDown={onKey}
                onBlur={() => setKeys(null)}
              />
            </RateMapPlot>
          </g>
        </svg>
      </div>
      {positiveDefinite && (
        <RateMapLegend
          domain={raster?.domain ?? null}
          left={MARGIN.left}
          width={innerW - 48}
          total={width}
        />
      )}
      <p className="rate-readout" data-testid="rate-readout">
        {reading ? (
          <>
            <b>{hover ? 'Pointer' : 'Cursor'}</b> {readingText(reading)}.
          </>
        ) : (
          'Point at the map to read ρ there.'
        )}
      </p>
      <p id={hint} className="anatomy-note">
        A click on the map sets η and β to the point clicked. From the keyboard: focus the map, move
        the cursor with the arrow keys (Shift: 10×) and press Enter.
      </p>
      {optimal && positiveDefinite && (
        <p className="rate-optimal">
          <button type="button" onClick={() => pick(optimal)}>
            Use optimal
          </button>{' '}
          ★ η* = {formatNumber(optimal.eta)}, β* = {formatNumber(optimal.beta)}: ρ* ={' '}
          {formatNumber(optimal.rate)} per step for momentum, the fastest heavy ball on this
          curvature (Polyak: β* = ((√κ − 1)/(√κ + 1))², η* = (2/(√λ
          <sub>max</sub> + √λ<sub>min</sub>))²).
        </p>
      )}
    </div>
  );
}
