import { lazy, memo, Suspense, useId, useMemo, useRef } from 'react';
import type { Interval } from '../../core/presets';
import { viewOf } from '../../state/settings';
import { shownRow } from '../../core/trajectory';
import { useApp } from '../../state/StoreContext';
import { useCloud } from '../../state/CloudContext';
import { ArrowDefs, RunMarker } from '../RunMarker';
import { clampPx, RUN_STYLE } from '../screen';
import { plotWidthHint } from '../plotWidthHint';
import { useElementWidth } from '../useElementWidth';
import { equalScale } from './equalScale';
import { HoverReadout } from './HoverReadout';
import { arrowMagnification, stepArrows } from './stepArrows';
import { layoutArrows, StepArrowsLayer, toScreenArrow } from './StepArrowsLayer';
import { lookAheadPoint } from './lookAhead';
import { SurfaceCanvas } from './SurfaceCanvas';
import { SurfaceFrame } from './SurfaceFrame';
import { SurfaceNote } from './SurfaceNote';
import { useSurface } from './useSurface';
import { TrajectoryCanvas } from './TrajectoryCanvas';
import { CloudCanvas } from './CloudCanvas';
import { usePointerPlacement } from './usePointerPlacement';
import { usePanZoom } from '../usePanZoom';
import { EdgeMarkers2D } from '../EdgeMarkers';
import { roundToPixel } from '../pointer';

// Drawn only when asked for (settings.terms): its own chunk, and no subscription while off.
const TipToTailLayer = lazy(() =>
  import('../anatomy/TipToTailLayer').then((m) => ({ default: m.TipToTailLayer })),
);

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
export const LossSurface2D = memo(function LossSurface2D() {
  const w0 = useApp((s) => s.settings.w0);
  const setW0 = useApp((s) => s.setW0);
  const runs = useApp((s) => s.runs);
  const step = useApp((s) => s.step);
  const preset = useApp((s) => s.problem);
  const view = useApp((s) => s.settings.view);
  const terms = useApp((s) => s.settings.terms);
  const f = useApp((s) => s.settings.f);
  // No noise, no cloud: no canvas to allocate, clear and composite under the runs.
  const cloudOn = useCloud((s) => s.status !== 'off');
  const area = viewOf({ view }, preset);
  const box = useRef<HTMLDivElement>(null);
  const width = useElementWidth(box, { initial: plotWidthHint() });

  const maxW = Math.max(40, width - MARGIN.left - MARGIN.right);
  const vx = area[0] ?? UNIT;
  const vy = area[1] ?? UNIT;
  const scale = useMemo(() => equalScale(vx, vy, maxW, MAX_AREA_HEIGHT), [vx, vy, maxW]);
  const { levels, model } = useSurface(preset, vx, vy, f);
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
  const svgW = scale.width + MARGIN.left + MARGIN.right;
  const svgH = scale.height + MARGIN.top + MARGIN.bottom;
  const xy = (x: number, y: number) => scale.toScreen(x, y).map(clampPx) as [number, number];
  const [w0x, w0y] = xy(w0[0] ?? 0, w0[1] ?? 0);

  return (
    <div ref={box} className="plot surface-plot">
      {width > 0 && (
        <div className="surface-stage" style={{ width: svgW, height: svgH }}>
          <SurfaceCanvas
            levels={levels}
            model={model}
            width={scale.width}
            height={scale.height}
            left={MARGIN.left}
            top={MARGIN.top}
          />
          {cloudOn && <CloudCanvas scale={scale} left={MARGIN.left} top={MARGIN.top} />}
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
              <SurfaceFrame
                scale={scale}
                vx={vx}
                vy={vy}
                minima={preset.minima}
                levels={levels.levels}
                colors={levels.colors}
                clipId={clipId}
              />
              <g clipPath={`url(#${clipId})`} aria-hidden="true">
                <g className="w0-marker" transform={`translate(${w0x},${w0y})`}>
                  <circle r={9} />
                  <text x={11} y={-9} fontSize={12}>
                    w₀
                  </text>
                </g>
                <StepArrowsLayer
                  arrows={arrows}
                  toScreen={scale.toScreen}
                  factor={factor}
                  width={scale.width}
                  height={scale.height}
                />
                {terms && (
                  <Suspense fallback={null}>
                    <TipToTailLayer
                      sx={(x) => scale.toScreen(x, 0)[0]}
                      sy={(y) => scale.toScreen(0, y)[1]}
                    />
                  </Suspense>
                )}
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
      <SurfaceNote
        split={arrows.split?.id ?? null}
        grad={arrows.grad?.id ?? null}
        lookAhead={lookAhead !== null}
        factor={factor}
        tooSmall={tooSmall.map((id) => RUN_STYLE[id as keyof typeof RUN_STYLE].label).join(', ')}
        minima={preset.minima.length > 0}
      />
    </div>
  );
});
