import type { ScaleLinear } from 'd3-scale';
import { shownRow } from '../core/trajectory';
import type { Runs } from '../state/runs';
import { formatNumber } from './format';
import { RUN_STYLE } from './runStyle';
import { clampPx } from './screen';
import { edgeMarker, type ViewWindow } from './viewWindow';

/** Size of an edge marker's arrowhead, px. */
const HEAD = 9;

/**
 * 1D: a run whose current point lies left or right of the window gets an arrowhead at that edge,
 * in its colour, with its w, so a run never silently vanishes from the plot.
 */
export function EdgeMarkers1D(props: {
  runs: Runs;
  step: number;
  x: ScaleLinear<number, number>;
  innerW: number;
  innerH: number;
}) {
  const { runs, step, x, innerW, innerH } = props;
  const [lo = 0, hi = 1] = x.domain();
  const marks = runs.flatMap(({ id, run }, i) => {
    if (run.length === 0) return [];
    const w = run.w[shownRow(run, step)] ?? NaN;
    if (w >= lo && w <= hi) return [];
    return [{ id, w, left: w < lo, y: 16 + i * 18 }];
  });
  return (
    <g className="edge-markers" pointerEvents="none">
      {marks.map(({ id, w, left, y }) => {
        const ex = left ? 0 : innerW;
        const dir = left ? -1 : 1;
        return (
          <g key={id} data-testid={`edge-${id}`}>
            <path
              d={`M${ex},${Math.min(innerH - 4, y)}l${-dir * HEAD},${-HEAD / 1.6}v${(2 * HEAD) / 1.6}z`}
              fill={RUN_STYLE[id].color}
            />
            <text
              x={ex - dir * (HEAD + 3)}
              y={Math.min(innerH - 4, y) + 4}
              fontSize={11}
              textAnchor={left ? 'start' : 'end'}
              fill={RUN_STYLE[id].color}
              className="edge-label"
            >
              {RUN_STYLE[id].label} at w = {formatNumber(w)} {left ? '◂' : '▸'}
            </text>
          </g>
        );
      })}
    </g>
  );
}

/**
 * 2D: a run whose current point lies outside the window gets an arrowhead on the window's edge,
 * pointing towards it, in its colour.
 */
export function EdgeMarkers2D(props: {
  runs: Runs;
  step: number;
  window: ViewWindow;
  toScreen: (x: number, y: number) => [number, number];
}) {
  const { runs, step, window, toScreen } = props;
  return (
    <g className="edge-markers" pointerEvents="none">
      {runs.map(({ id, run }) => {
        if (run.length === 0) return null;
        const t = shownRow(run, step);
        const m = edgeMarker(window, [run.w[2 * t] ?? NaN, run.w[2 * t + 1] ?? NaN]);
        if (!m) return null;
        const [sx, sy] = toScreen(m.at[0] ?? 0, m.at[1] ?? 0).map(clampPx) as [number, number];
        // Screen y runs downwards.
        const angle = (Math.atan2(-(m.dir[1] ?? 0), m.dir[0] ?? 0) * 180) / Math.PI;
        return (
          <g
            key={id}
            data-testid={`edge-${id}`}
            transform={`translate(${sx},${sy}) rotate(${angle})`}
          >
            <title>{`${RUN_STYLE[id].label} is outside the view`}</title>
            <path
              d={`M0,0l${-HEAD * 1.4},${-HEAD / 1.4}v${(2 * HEAD) / 1.4}z`}
              fill={RUN_STYLE[id].color}
              stroke="var(--bg)"
            />
          </g>
        );
      })}
    </g>
  );
}
