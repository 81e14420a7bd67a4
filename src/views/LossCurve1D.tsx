import { useMemo, useRef } from 'react';
import { usePanZoom } from './usePanZoom';
import { placeLabels, textWidth, type Box } from './labelLayout';
import { EdgeMarkers1D } from './EdgeMarkers';
import { scaleLinear } from 'd3-scale';
import { path as d3path } from 'd3-path';
import { shownRow, type Trajectory } from '../core/trajectory';
import { viewOf } from '../state/settings';
import { useApp } from '../state/StoreContext';
import { ArrowDefs, RunMarker } from './RunMarker';
import { Axis } from './Axes';
import type { OptimizerId } from '../core/optimizers/registry';
import { clampPx } from './screen';
import { RUN_STYLE } from './runStyle';
import { plotWidthHint } from './plotWidthHint';
import { useElementWidth } from './useElementWidth';
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
  const width = useElementWidth(box, { initial: plotWidthHint() });
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
    // d3-path, not d3-shape's line(): the first load carries no d3-shape (the anatomy's chunk
    // does). A loss that is not finite, or beyond what SVG can draw, leaves a gap.
    const curve = d3path();
    let pen = false;
    samples.forEach((w, i) => {
      const v = losses[i] ?? NaN;
      if (!(Number.isFinite(v) && Math.abs(v) < 1e300)) {
        pen = false;
        return;
      }
      if (pen) curve.lineTo(clampPx(x(w)), clampPx(y(v)));
      else curve.moveTo(clampPx(x(w)), clampPx(y(v)));
      pen = true;
    });
    return { x, y, curve: curve.toString() };
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

  // Slope labels for all runs at once: inside the plot, off the markers and arrows, apart.
  const anchors = runs.map(({ run }) => {
    if (run.length === 0) return null;
    const t = shownRow(run, step);
    const w = run.w[t] ?? 0;
    const next =
      t + 1 < run.length && step < (run.divergedAt ?? Infinity) ? run.w[t + 1] : undefined;
    return {
      cx: px(w),
      cy: py(run.loss[t] ?? 0),
      g: run.grad[t] ?? 0,
      nx: next === undefined ? null : px(next),
    };
  });
  const obstacles: Box[] = anchors.flatMap((a) =>
    a
      ? [
          { x: a.cx - 9, y: a.cy - 9, w: 18, h: 18 },
          ...(a.nx === null
            ? []
            : [{ x: Math.min(a.cx, a.nx), y: a.cy - 6, w: Math.abs(a.nx - a.cx), h: 12 }]),
        ]
      : [],
  );
  const placed = placeLabels(
    anchors.flatMap((a) =>
      a ? [{ width: textWidth(slopeText(a.g), LABEL_FONT), height: 13, ax: a.cx, ay: a.cy }] : [],
    ),
    { x: 0, y: 0, w: innerW, h: innerH },
    obstacles,
  );
  let k = 0;
  const labels = anchors.map((a) => (a ? placed[k++] : undefined));

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
              <text
                x={px(w0[0] ?? 0) + (px(w0[0] ?? 0) > innerW - 18 ? -4 : 4)}
                y={innerH - 6}
                fontSize={11}
                textAnchor={px(w0[0] ?? 0) > innerW - 18 ? 'end' : 'start'}
                fill="var(--muted)"
              >
                w₀
              </text>
              {runs.map(({ id, run }, index) => (
                <RunLayer
                  key={id}
                  name={id}
                  label={labels[index]}
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

/** How far under a run's point its split step (−β·m_t, then −η∇L) is drawn, px. */
const SPLIT_DY = 12;

/** Font size of the slope labels, px. */
const LABEL_FONT = 11;

/** A slope label's text: the number, never cut off. */
function slopeText(g: number): string {
  return `slope ${formatNumber(g, 5)}`;
}

/** One run's trail, current point, tangent with slope label, and the arrow of its next step. */
function RunLayer(props: {
  name: OptimizerId;
  /** Where its slope label goes (placed for all runs at once, inside the plot and apart). */
  label: Box | undefined;
  run: Trajectory;
  step: number;
  px: (w: number) => number;
  py: (l: number) => number;
  loss: (w: readonly number[]) => number;
}) {
  const { name, label, run, step, px, py, loss } = props;
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
  // The notes' step (ii) tip to tail under the point: −β·m_t, then −η·g (which ends at w_{t+1}).
  const split =
    (name === 'momentum' || name === 'nesterov') && hasNext
      ? { mid: clampPx(px(w - run.settings.beta * (run.m[t] ?? 0))), end: clampPx(px(nextW)) }
      : null;
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
      {split && (
        <g className="step-split" data-testid={`split-${name}`}>
          {Math.abs(split.mid - cx) > 3 && (
            <line
              x1={cx}
              y1={cy + SPLIT_DY}
              x2={split.mid}
              y2={cy + SPLIT_DY}
              stroke={style.color}
              strokeWidth={1.5}
              strokeDasharray="2 2"
              markerEnd={`url(#arrow-${name})`}
            />
          )}
          {Math.abs(split.end - split.mid) > 3 && (
            <line
              x1={split.mid}
              y1={cy + SPLIT_DY}
              x2={split.end}
              y2={cy + SPLIT_DY}
              stroke="var(--grad)"
              strokeWidth={1.5}
              strokeDasharray="4 3"
              markerEnd="url(#arrow-grad)"
            />
          )}
        </g>
      )}
      <RunMarker run={name} x={cx} y={cy} />
      {label && (
        <text
          x={clampPx(label.x)}
          y={clampPx(label.y + label.h - 3)}
          fontSize={LABEL_FONT}
          fill={style.color}
          className="slope-label"
        >
          {slopeText(g)}
        </text>
      )}
    </g>
  );
}
