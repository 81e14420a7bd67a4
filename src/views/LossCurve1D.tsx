import { useMemo, useRef } from 'react';
import { usePanZoom } from './usePanZoom';
import { EdgeMarkers1D } from './EdgeMarkers';
import { scaleLinear } from 'd3-scale';
import { line } from 'd3-shape';
import { shownRow, type Trajectory } from '../core/trajectory';
import { viewOf } from '../state/settings';
import { useApp } from '../state/StoreContext';
import { ArrowDefs, RunMarker } from './RunMarker';
import { Axis } from './Axes';
import type { OptimizerId } from '../core/optimizers/registry';
import { clampPx } from './screen';
import { RUN_STYLE } from './runStyle';
import { useElementSize } from './useElementSize';
import { roundToPixel } from './pointer';
import { formatNumber } from './format';

const MARGIN = { top: 14, right: 14, bottom: 44, left: 56 };
/** Past points drawn as a fading trail behind each run's current point. */
const TRAIL = 40;
/** Half-length of the drawn tangent, in px. */
const TANGENT_HALF = 70;

/** The 1D view: the loss curve with both runs' points, trails, tangents and next-step arrows. */
export function LossCurve1D() {
  const w0 = useApp((s) => s.settings.w0);
  const setW0 = useApp((s) => s.setW0);
  const runs = useApp((s) => s.runs);
  const step = useApp((s) => s.step);
  const preset = useApp((s) => s.problem);
  const view = useApp((s) => s.settings.view);
  const box = useRef<HTMLDivElement>(null);
  const { width } = useElementSize(box);
  const height = Math.round(Math.max(260, Math.min(520, width * 0.58)));
  const innerW = Math.max(10, width - MARGIN.left - MARGIN.right);
  const innerH = height - MARGIN.top - MARGIN.bottom;

  const area = viewOf({ view }, preset);
  const setView = useApp((s) => s.setView);

  const { x, y, curve } = useMemo(() => {
    const [lo, hi] = area[0] ?? [-1, 1];
    const samples = Array.from({ length: 401 }, (_, i) => lo + ((hi - lo) * i) / 400);
    const losses = samples.map((w) => preset.loss([w]));
    // A custom loss may be undefined somewhere (log of a negative): leave gaps there.
    const finite = losses.filter((l) => Number.isFinite(l) && Math.abs(l) < 1e300);
    const min = finite.length ? Math.min(...finite) : 0;
    const max = finite.length ? Math.max(...finite) : 1;
    const pad = (max - min) * 0.08 || 1;
    const x = scaleLinear().domain([lo, hi]).range([0, innerW]);
    const y = scaleLinear()
      .domain([min - pad, max + pad])
      .range([innerH, 0])
      .nice();
    const path = line<number>()
      .defined((_, i) => Number.isFinite(losses[i] ?? NaN) && Math.abs(losses[i] ?? 0) < 1e300)
      .x((w) => clampPx(x(w)))
      .y((_, i) => clampPx(y(losses[i] ?? 0)))(samples);
    return { x, y, curve: path ?? '' };
    // `area` is a fresh array each render; its numbers are what matter.
    // eslint-disable-next-line react-hooks/exhaustive-deps
  }, [preset, area[0]?.[0], area[0]?.[1], innerW, innerH]);

  const unitsPerPx = ((x.domain()[1] ?? 1) - (x.domain()[0] ?? 0)) / innerW;
  const { ref: areaRef, ...gestures } = usePanZoom(
    { toData: (p) => [x.invert(p)], unitsPerPx: [unitsPerPx, 0] },
    area,
    setView,
    // A tap (a press that did not travel) places w₀ under the pointer.
    (p) => setW0([roundToPixel(x.invert(p), unitsPerPx)]),
  );

  const px = (w: number) => clampPx(x(w));
  const py = (l: number) => clampPx(y(l));

  return (
    <div ref={box} className="plot">
      {width > 0 && (
        <svg width={width} height={height} className="plot-svg">
          <ArrowDefs runs={runs.map((e) => e.id)} />
          <clipPath id="curve-clip">
            <rect width={innerW} height={innerH} />
          </clipPath>
          <g transform={`translate(${MARGIN.left},${MARGIN.top})`}>
            <g transform={`translate(0,${innerH})`}>
              <Axis scale={x} orient="bottom" grid={innerH} label="w" />
            </g>
            <Axis scale={y} orient="left" grid={innerW} label="L(w)" ticks={6} />
            <g clipPath="url(#curve-clip)">
              <path d={curve} fill="none" stroke="var(--curve)" strokeWidth={2} />
              {preset.minima.map((m, i) => (
                <path
                  key={i}
                  d={`M${px(m[0] ?? 0)},${py(preset.loss(m))}m-6,-6l12,12m0,-12l-12,12`}
                  stroke="var(--muted)"
                  strokeWidth={1.5}
                />
              ))}
              <line
                x1={px(w0[0] ?? 0)}
                x2={px(w0[0] ?? 0)}
                y1={innerH}
                y2={py(preset.loss(w0))}
                stroke="var(--muted)"
                strokeDasharray="2 3"
              />
              <text x={px(w0[0] ?? 0) + 4} y={innerH - 6} fontSize={11} fill="var(--muted)">
                w₀
              </text>
              {runs.map(({ id, run }, index) => (
                <RunLayer
                  key={id}
                  name={id}
                  index={index}
                  run={run}
                  step={step}
                  px={px}
                  py={py}
                  loss={preset.loss}
                />
              ))}
            </g>
            <rect
              ref={areaRef}
              className="data-area"
              role="img"
              aria-label="Loss curve"
              aria-description={`${preset.text}. Click to place the start point w₀; drag to pan, wheel or pinch to zoom.`}
              width={innerW}
              height={innerH}
              fill="transparent"
              {...gestures}
            />
            <EdgeMarkers1D runs={runs} step={step} x={x} innerW={innerW} innerH={innerH} />
          </g>
        </svg>
      )}
    </div>
  );
}

/** One run's trail, current point, tangent with slope label, and the arrow of its next step. */
function RunLayer(props: {
  name: OptimizerId;
  /** Place in the run list, to stack the slope labels apart. */
  index: number;
  run: Trajectory;
  step: number;
  px: (w: number) => number;
  py: (l: number) => number;
  loss: (w: readonly number[]) => number;
}) {
  const { name, index, run, step, px, py, loss } = props;
  if (run.length === 0) return null;
  const style = RUN_STYLE[name];
  const t = shownRow(run, step);
  const w = run.w[t] ?? 0;
  const l = run.loss[t] ?? 0;
  const g = run.grad[t] ?? 0;
  const cx = px(w);
  const cy = py(l);
  // Tangent drawn at a fixed screen length whatever the slope: direction (1, g) in data units.
  const dx = px(w + 1e-3) - cx;
  const dy = py(l + g * 1e-3) - cy;
  const len = Math.hypot(dx, dy) || 1;
  const tx = (dx / len) * TANGENT_HALF;
  const ty = (dy / len) * TANGENT_HALF;
  const hasNext = t + 1 < run.length && step < (run.divergedAt ?? Infinity);
  const nextW = run.w[t + 1] ?? w;
  // Nesterov takes its next gradient where momentum alone would carry w: w_t − β·m_t.
  const lookAheadW =
    name === 'nesterov' && hasNext ? w - run.settings.beta * (run.m[t] ?? 0) : null;
  const trail: number[] = [];
  for (let k = Math.max(0, t - TRAIL); k < t; k++) trail.push(k);
  return (
    <g className={`run run-${name}`}>
      {trail.map((k) => (
        <RunMarker
          key={k}
          run={name}
          x={px(run.w[k] ?? 0)}
          y={py(run.loss[k] ?? 0)}
          size={3}
          opacity={0.15 + (0.5 * (k - t + TRAIL)) / TRAIL}
        />
      ))}
      <line
        x1={clampPx(cx - tx)}
        y1={clampPx(cy - ty)}
        x2={clampPx(cx + tx)}
        y2={clampPx(cy + ty)}
        stroke={style.color}
        strokeWidth={1.5}
        strokeDasharray={style.dash}
        opacity={0.8}
      />
      {hasNext && Math.abs(px(nextW) - cx) > 2 && (
        <line
          x1={cx}
          y1={cy}
          x2={clampPx(px(nextW))}
          y2={cy}
          stroke={style.color}
          strokeWidth={2.5}
          markerEnd={`url(#arrow-${name})`}
        />
      )}
      {lookAheadW !== null && (
        <g className="look-ahead" data-testid={`look-ahead-${name}`}>
          <line
            x1={cx}
            y1={cy}
            x2={clampPx(px(lookAheadW))}
            y2={clampPx(py(loss([lookAheadW])))}
            stroke={style.color}
            strokeDasharray="2 2"
          />
          <RunMarker run={name} x={px(lookAheadW)} y={py(loss([lookAheadW]))} size={5} hollow />
        </g>
      )}
      <RunMarker run={name} x={cx} y={cy} />
      <text
        x={clampPx(cx + tx + (tx >= 0 ? 4 : -4))}
        y={clampPx(
          cy + ty + (index % 2 === 0 ? -6 - 14 * (index / 2) : 14 + 14 * ((index - 1) / 2)),
        )}
        fontSize={11}
        textAnchor={tx >= 0 ? 'start' : 'end'}
        fill={style.color}
        className="slope-label"
      >
        slope {formatNumber(g, 5)}
      </text>
    </g>
  );
}
