import { useId, useMemo, useRef } from 'react';
import { scaleLinear } from 'd3-scale';
import type { Interval } from '../../core/presets';
import { viewOf } from '../../state/settings';
import { shownRow } from '../../core/trajectory';
import { useApp } from '../../state/StoreContext';
import { Axis } from '../Axes';
import { ArrowDefs, RunMarker } from '../RunMarker';
import { clampPx } from '../screen';
import { RUN_STYLE } from '../runStyle';
import { useElementSize } from '../useElementSize';
import { ColorLegend } from './ColorLegend';
import { equalScale } from './equalScale';
import { HoverReadout } from './HoverReadout';
import { arrowMagnification, stepArrows } from './stepArrows';
import { layoutArrows, StepArrowsLayer, toScreenArrow } from './StepArrowsLayer';
import { lookAheadPoint } from './lookAhead';
import { TipToTailLayer } from '../anatomy/TipToTailLayer';
import { SurfaceCanvas } from './SurfaceCanvas';
import { surfaceModel } from './surfaceModel';
import { TrajectoryCanvas } from './TrajectoryCanvas';
import { CloudCanvas } from './CloudCanvas';
import { usePointerPlacement } from './usePointerPlacement';
import { usePanZoom } from '../usePanZoom';
import { EdgeMarkers2D } from '../EdgeMarkers';
import { roundToPixel } from '../pointer';

const MARGIN = { top: 12, right: 16, bottom: 86, left: 48 };
/** Tallest the data area grows, px: a square surface on a wide screen still fits with its controls. */
const MAX_AREA_HEIGHT = 540;
/** Arrows shorter than this (px) are all drawn magnified by a common round factor. */
const MIN_ARROW_PX = 28;
/** Stand-in view for a preset without one (never used by the built-in 2D presets). */
const UNIT: Interval = [-1, 1];

/**
 * The 2D view: the loss surface as a filled contour map at equal x/y scale, both runs'
 * trajectories, the arrows of the current step, and click/drag to place w₀.
 */
export function LossSurface2D() {
  const w0 = useApp((s) => s.settings.w0);
  const setW0 = useApp((s) => s.setW0);
  const runs = useApp((s) => s.runs);
  const step = useApp((s) => s.step);
  const preset = useApp((s) => s.problem);
  const view = useApp((s) => s.settings.view);
  const area = viewOf({ view }, preset);
  const box = useRef<HTMLDivElement>(null);
  const { width } = useElementSize(box);

  const maxW = Math.max(40, width - MARGIN.left - MARGIN.right);
  const vx = area[0] ?? UNIT;
  const vy = area[1] ?? UNIT;
  const scale = useMemo(() => equalScale(vx, vy, maxW, MAX_AREA_HEIGHT), [vx, vy, maxW]);
  const model = useMemo(
    () => (preset.dim === 2 ? surfaceModel(preset, [vx, vy]) : null),
    [preset, vx, vy],
  );
  const axes = useMemo(
    () => ({
      x: scaleLinear().domain(vx).range([0, scale.width]),
      y: scaleLinear().domain(vy).range([scale.height, 0]),
    }),
    [vx, vy, scale],
  );
  const setView = useApp((s) => s.setView);
  const placeAt = (px: number, py: number) => {
    const [x, y] = scale.toData(px, py);
    const unit = scale.pxPerUnit > 0 ? 1 / scale.pxPerUnit : 0;
    setW0([roundToPixel(x, unit), roundToPixel(y, unit)]);
  };
  const { ref: areaRef, ...gestures } = usePanZoom(
    {
      toData: scale.toData,
      unitsPerPx: scale.pxPerUnit > 0 ? [1 / scale.pxPerUnit, -1 / scale.pxPerUnit] : [0, 0],
    },
    area,
    setView,
    placeAt,
  );
  const { hover, handlers } = usePointerPlacement(scale, setW0, w0, gestures);

  const arrows = useMemo(() => stepArrows(runs, step), [runs, step]);
  const factor = arrowMagnification(
    [arrows.grad, ...arrows.next].map((a) =>
      a ? toScreenArrow(a.vector, scale.toScreen, 1).length : 0,
    ),
    MIN_ARROW_PX,
  );
  const tooSmall = layoutArrows(arrows, scale.toScreen, factor).tooSmall.filter(
    (k) => k !== 'grad' && k !== 'carry',
  );
  const lookAhead = lookAheadPoint(runs, step);

  const clipId = useId();
  // What changes only with the preset and the plot size: frame, axes, minima, colour legend.
  // Built once per size, so a step or slider move re-renders only the markers and arrows.
  const staticLayer = useMemo(
    () => (
      <>
        <rect width={scale.width} height={scale.height} fill="none" stroke="var(--border)" />
        <g transform={`translate(0,${scale.height})`}>
          <Axis
            scale={axes.x}
            orient="bottom"
            label="x"
            ticks={Math.max(3, Math.round(scale.width / 70))}
          />
        </g>
        <Axis
          scale={axes.y}
          orient="left"
          label="y"
          ticks={Math.max(3, Math.round(scale.height / 60))}
        />
        <g clipPath={`url(#${clipId})`} aria-hidden="true">
          {preset.minima.map((m, i) => {
            const [mx, my] = scale.toScreen(m[0] ?? 0, m[1] ?? 0).map(clampPx);
            return (
              <path key={i} className="minimum-mark" d={`M${mx},${my}m-5,-5l10,10m0,-10l-10,10`} />
            );
          })}
        </g>
        {model && (
          <g transform={`translate(0,${scale.height + 56})`}>
            <ColorLegend levels={model.levels} colors={model.colors} width={scale.width} />
          </g>
        )}
      </>
    ),
    [scale, axes, preset, model, clipId],
  );

  const svgW = scale.width + MARGIN.left + MARGIN.right;
  const svgH = scale.height + MARGIN.top + MARGIN.bottom;
  const xy = (x: number, y: number) => scale.toScreen(x, y).map(clampPx) as [number, number];
  const [w0x, w0y] = xy(w0[0] ?? 0, w0[1] ?? 0);

  return (
    <div ref={box} className="plot surface-plot">
      {width > 0 && model && (
        <div className="surface-stage" style={{ width: svgW, height: svgH }}>
          <SurfaceCanvas
            model={model}
            width={scale.width}
            height={scale.height}
            left={MARGIN.left}
            top={MARGIN.top}
          />
          <CloudCanvas scale={scale} left={MARGIN.left} top={MARGIN.top} />
          <TrajectoryCanvas
            runs={runs}
            step={step}
            scale={scale}
            left={MARGIN.left}
            top={MARGIN.top}
          />
          <svg width={svgW} height={svgH} className="plot-svg surface-svg">
            <ArrowDefs runs={runs.map((e) => e.id)} />
            <clipPath id={clipId}>
              <rect width={scale.width} height={scale.height} />
            </clipPath>
            <g transform={`translate(${MARGIN.left},${MARGIN.top})`}>
              {staticLayer}
              <g clipPath={`url(#${clipId})`} aria-hidden="true">
                <g className="w0-marker" transform={`translate(${w0x},${w0y})`}>
                  <circle r={9} />
                  <text x={11} y={-9} fontSize={12}>
                    w₀
                  </text>
                </g>
                <StepArrowsLayer arrows={arrows} toScreen={scale.toScreen} factor={factor} />
                <TipToTailLayer
                  sx={(x) => scale.toScreen(x, 0)[0]}
                  sy={(y) => scale.toScreen(0, y)[1]}
                />
                {lookAhead && (
                  <g className="look-ahead" data-testid="look-ahead-nesterov">
                    <line
                      x1={xy(lookAhead.from[0], lookAhead.from[1])[0]}
                      y1={xy(lookAhead.from[0], lookAhead.from[1])[1]}
                      x2={xy(lookAhead.at[0], lookAhead.at[1])[0]}
                      y2={xy(lookAhead.at[0], lookAhead.at[1])[1]}
                      stroke={RUN_STYLE.nesterov.color}
                      strokeDasharray="2 2"
                    />
                    <RunMarker
                      run="nesterov"
                      x={xy(lookAhead.at[0], lookAhead.at[1])[0]}
                      y={xy(lookAhead.at[0], lookAhead.at[1])[1]}
                      size={5}
                      hollow
                    />
                  </g>
                )}
                {runs.map(({ id: name, run }) => {
                  if (run.length === 0) return null;
                  const t = shownRow(run, step);
                  const [cx, cy] = xy(run.w[2 * t] ?? 0, run.w[2 * t + 1] ?? 0);
                  return <RunMarker key={name} run={name} x={cx} y={cy} />;
                })}
              </g>
              <EdgeMarkers2D runs={runs} step={step} window={area} toScreen={scale.toScreen} />
              <rect
                ref={areaRef}
                className="data-area"
                role="img"
                aria-label="Loss surface"
                aria-description={`${preset.text}, contour map. Click to place the start point w₀ or drag its ring; drag elsewhere to pan, wheel or pinch to zoom.`}
                width={scale.width}
                height={scale.height}
                fill="transparent"
                {...handlers}
              />
            </g>
          </svg>
          {hover && (
            <HoverReadout
              hover={hover}
              loss={preset.loss([hover.x, hover.y])}
              left={MARGIN.left}
              top={MARGIN.top}
              areaWidth={scale.width}
            />
          )}
        </div>
      )}
      <p className="surface-note">
        Arrows at the step on screen: each run’s next step in its colour
        {arrows.split ? (
          <>
            ; {RUN_STYLE[arrows.split.id].label}’s next step split as the notes write it, m
            <sub>t+1</sub> = β·m<sub>t</sub> + η∇L: dotted −β·m<sub>t</sub>, then{' '}
            <span className="note-grad">dashed purple</span> −η∇L from its tip
          </>
        ) : (
          arrows.grad && (
            <>
              ; <span className="note-grad">dashed purple</span> −η∇L(w<sub>t</sub>), the plain
              gradient step from {RUN_STYLE[arrows.grad.id].label}’s point
            </>
          )
        )}
        {lookAhead && (
          <>
            ; hollow triangle: Nesterov’s look-ahead point w<sub>t</sub> − β·m<sub>t</sub>, where
            its next gradient is taken
          </>
        )}
        .{factor > 1 && <> Arrows drawn ×{factor} so they can be seen.</>}
        {tooSmall.length > 0 && (
          <>
            {' '}
            {tooSmall.map((id) => RUN_STYLE[id as keyof typeof RUN_STYLE].label).join(', ')}: next
            step too small to draw.
          </>
        )}{' '}
        Click the map to place w₀, or drag its ring; drag elsewhere to pan, wheel or pinch to zoom.
        × marks the minima.
      </p>
    </div>
  );
}
