import { useDeferredValue, useMemo, useRef, useState, type MouseEvent } from 'react';
import { scaleLinear, scaleLog } from 'd3-scale';
import { line } from 'd3-shape';
import { findPreset } from '../../core/presets';
import { shownRow, type Trajectory } from '../../core/trajectory';
import { timelineEnd } from '../../state/runs';
import { useCloud } from '../../state/CloudContext';
import { useActions, useApp } from '../../state/StoreContext';
import { Axis } from '../Axes';
import { formatNumber } from '../format';
import { RunMarker, RunSwatch } from '../RunMarker';
import { clampPx, RUN_STYLE } from '../screen';
import { useElementWidth } from '../useElementWidth';
import { LossBands } from './LossBands';
import { decadeLabel, decimate, lossGap, referenceLoss } from './lossScale';
import { usePanelRuns, usePanelStep } from './usePanelStep';

const MARGIN = { top: 10, right: 22, bottom: 36, left: 60 };
const HEIGHT = 230;

function gapOf(run: Trajectory, t: number, lStar: number): number {
  return t < run.length ? lossGap(run.loss[t] ?? NaN, lStar) : NaN;
}

/**
 * "Loss by step": every run's loss gap L(w_t) − L* against t on a log scale (see lossScale.ts for
 * why), one line per run in its colour and dash, the step on screen marked, hover reading t and
 * every run's loss; a click jumps to that step.
 */
export function LossChart() {
  const runs = usePanelRuns();
  const step = usePanelStep();
  const fn = useApp((s) => s.settings.fn);
  const seeds = useApp((s) => s.settings.cloud);
  // The bands arrive from the cloud worker's message (an urgent update): drawn in a deferred
  // render, so that message's task stays short.
  const bands = useDeferredValue(useCloud((s) => s.bands));
  const cloudSteps = useCloud((s) => s.steps);
  const { setStep, pause } = useActions();
  const [hover, setHover] = useState<number | null>(null);
  const box = useRef<HTMLDivElement>(null);
  const width = useElementWidth(box, { firstAtOnce: false });
  const innerW = Math.max(10, width - MARGIN.left - MARGIN.right);
  const innerH = HEIGHT - MARGIN.top - MARGIN.bottom;
  // A custom loss has no preset and no known minima: L* is then the lowest loss seen.
  const preset = findPreset(fn);

  const xMax = timelineEnd(runs, step);

  const lStar = useMemo(() => {
    const seen = () => {
      let lo = Infinity;
      for (const { run } of runs)
        for (let i = 0; i < run.length; i++) lo = Math.min(lo, run.loss[i] ?? Infinity);
      return Number.isFinite(lo) ? lo : 0;
    };
    return referenceLoss(preset ? preset.minima.map((m) => preset.loss(m)) : [], seen);
  }, [preset, runs]);

  const chart = useMemo(() => {
    const x = scaleLinear().domain([0, xMax]).range([0, innerW]);
    const bin = Math.max(1, Math.floor(xMax / innerW));
    const series = runs.map(({ run }) => {
      const n = Math.min(run.length, xMax + 1);
      return decimate(n, (i) => gapOf(run, i, lStar), bin);
    });
    let lo = Infinity;
    let hi = -Infinity;
    for (const s of series)
      for (const p of s) {
        lo = Math.min(lo, p.v);
        hi = Math.max(hi, p.v);
      }
    if (!(lo < hi)) [lo, hi] = Number.isFinite(lo) ? [lo / 10, lo * 10] : [1e-6, 1];
    const y = scaleLog().domain([lo, hi]).range([innerH, 0]).nice().clamp(true);
    // A tenth of a pixel is plenty: shorter path data is built and parsed faster (4 runs ×
    // 2000 points: ~35 % less time making the strings than d3's default 3 decimals).
    const path = line<{ i: number; v: number }>()
      .x((p) => clampPx(x(p.i)))
      .y((p) => clampPx(y(p.v)))
      .digits(1);
    const paths = series.map((s) => path(s) ?? '');
    // At most ~6 labelled powers of ten, whatever the span.
    const decades = y.ticks().filter((v) => Math.abs(Math.log10(v) % 1) < 1e-9);
    const every = Math.ceil(decades.length / 6);
    const ticks = decades.filter((_, i) => i % every === 0);
    return { x, y, paths, ticks, bin };
  }, [runs, xMax, innerW, innerH, lStar]);

  const { x, y } = chart;
  const stepAt = (e: MouseEvent<SVGRectElement>) => {
    const r = e.currentTarget.getBoundingClientRect();
    const t = Math.round(x.invert(((e.clientX - r.left) / r.width) * innerW));
    return Math.max(0, Math.min(xMax, t));
  };
  const shown = hover ?? step;
  const banded = runs.filter((e) => bands[e.id] !== undefined);
  const lossText = (run: Trajectory) => {
    if (run.divergedAt !== null && shown >= run.divergedAt) return `diverged at ${run.divergedAt}`;
    return formatNumber(run.loss[shownRow(run, shown)]);
  };

  return (
    <section className="panel anatomy-panel loss-chart" aria-labelledby="loss-chart-title">
      <h2 id="loss-chart-title">Loss by step</h2>
      <div ref={box} className="plot">
        {width > 0 && (
          <svg width={width} height={HEIGHT} className="plot-svg">
            <g transform={`translate(${MARGIN.left},${MARGIN.top})`}>
              <g transform={`translate(0,${innerH})`}>
                <Axis scale={x} orient="bottom" grid={innerH} label="step t" ticks={6} />
              </g>
              <g className="axis" aria-hidden="true">
                <line y2={innerH} stroke="currentColor" />
                {chart.ticks.map((v) => (
                  <g key={v} transform={`translate(0,${y(v)})`}>
                    <line x2={innerW} stroke="var(--grid)" />
                    <line x2={-5} stroke="currentColor" />
                    <text x={-8} y={4} textAnchor="end" fontSize={11} fill="currentColor">
                      {decadeLabel(v)}
                    </text>
                  </g>
                ))}
                <text
                  className="axis-label"
                  transform={`translate(-50,${innerH / 2}) rotate(-90)`}
                  textAnchor="middle"
                  fontSize={12}
                  fill="currentColor"
                >
                  L(w
                  <tspan baselineShift="sub" fontSize={10}>
                    t
                  </tspan>
                  ) − L*
                </text>
              </g>
              <LossBands
                bands={bands}
                ids={runs.map((e) => e.id)}
                steps={cloudSteps}
                xMax={xMax}
                lStar={lStar}
                x={x}
                y={y}
                bin={chart.bin}
              />
              {runs.map(({ id }, i) => (
                <path
                  key={id}
                  d={chart.paths[i]}
                  fill="none"
                  stroke={RUN_STYLE[id].color}
                  strokeWidth={1.75}
                  strokeDasharray={RUN_STYLE[id].dash}
                />
              ))}
              <line
                x1={x(step)}
                x2={x(step)}
                y2={innerH}
                stroke="var(--fg)"
                strokeWidth={1.5}
                className="step-mark"
              />
              {runs.map(({ id, run }) => {
                const t = shownRow(run, step);
                const v = gapOf(run, t, lStar);
                return Number.isFinite(v) ? (
                  <RunMarker key={id} run={id} x={x(t)} y={y(v)} size={4} />
                ) : null;
              })}
              {hover !== null && (
                <line
                  x1={x(hover)}
                  x2={x(hover)}
                  y2={innerH}
                  stroke="var(--muted)"
                  strokeDasharray="3 3"
                />
              )}
              <rect
                className="data-area"
                role="img"
                aria-label="Loss by step"
                aria-description="Every run's loss above the lowest minimum, log scale, against the step. Click to jump to a step."
                width={innerW}
                height={innerH}
                fill="transparent"
                onPointerMove={(e) => setHover(stepAt(e))}
                onPointerDown={(e) => setHover(stepAt(e))}
                onPointerLeave={() => setHover(null)}
                onClick={(e) => {
                  pause();
                  // The step the readout shows: pointer events carry fractional coordinates,
                  // a click's are whole pixels and could land a step before it.
                  setStep(hover ?? stepAt(e));
                }}
              />
            </g>
          </svg>
        )}
      </div>
      <p className="chart-readout" data-testid="loss-readout">
        <b>t = {shown}</b>
        {hover === null ? ' (step on screen)' : ' (pointer)'}:
        {runs.map(({ id, run }, i) => (
          <span key={id} className="loss-readout-run" data-run={id}>
            {' '}
            <RunSwatch run={id} line />
            {RUN_STYLE[id].label} L = {lossText(run)}
            {i < runs.length - 1 ? ';' : ''}
          </span>
        ))}
      </p>
      <p className="anatomy-note">
        Log scale of the gap above L* = {formatNumber(lStar)}, the lowest minimum, so negative
        losses and 10⁻¹² alike fit; a run stuck in a worse minimum stays flat above 0.
        {banded.length > 0 && (
          <span data-testid="loss-band-note">
            {' '}
            Shaded behind {banded.length === 1 ? 'the line' : 'each line'}: the median (thin line)
            and 10–90 % band across {seeds} seeds, over the first {cloudSteps} steps.
          </span>
        )}
      </p>
    </section>
  );
}
