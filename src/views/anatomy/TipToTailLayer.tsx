import { useMemo } from 'react';
import { decompose } from '../../core/decomposition';
import type { OptimizerId } from '../../core/optimizers/registry';
import { shownRow } from '../../core/trajectory';
import { tipToTailPoints } from '../../core/tipToTail';
import { findRun, type Runs } from '../../state/runs';
import { useApp } from '../../state/StoreContext';
import { clampPx, RUN_STYLE } from '../screen';
import { SHOWN_TERMS } from './WeightsPanel';

/** Legs shorter than this, in px, get no arrowhead (it would hide the leg). */
const MIN_ARROW_PX = 6;

/** The run whose terms are drawn: momentum if shown, else Nesterov, else none. */
export function tipToTailRun(runs: Runs): OptimizerId | null {
  if (findRun(runs, 'momentum')) return 'momentum';
  if (findRun(runs, 'nesterov')) return 'nesterov';
  return null;
}

/**
 * An SVG layer for the 2D surface: the momentum step from w_{t−1} to w_t drawn as its unrolled
 * terms −η·β^k·g_{t−1−k} laid tip to tail, newest first, the older rest as one dashed leg; the
 * momentum run's if shown, else Nesterov's (its terms are gradients at the look-ahead points).
 * Draws nothing unless the "terms" setting is on, the loss is 2D and one of them is shown. Mount
 * it inside the surface's plot group (data-area coordinates), below the run markers.
 */
export function TipToTailLayer(props: {
  /** Data x → screen px within the plot group. */
  sx: (x: number) => number;
  /** Data y → screen px within the plot group. */
  sy: (y: number) => number;
}) {
  const { sx, sy } = props;
  const on = useApp((s) => s.settings.terms);
  const id = useApp((s) => tipToTailRun(s.runs));
  const run = useApp((s) => (id === null ? undefined : findRun(s.runs, id)));
  const step = useApp((s) => s.step);
  const t = run ? shownRow(run, step) : 0;
  const chain = useMemo(() => {
    if (!on || !run || run.dim !== 2 || t === 0) return null;
    return {
      points: tipToTailPoints(run, t, SHOWN_TERMS),
      dec: decompose(run, t, SHOWN_TERMS),
    };
  }, [on, run, t]);
  if (!chain || id === null) return null;
  const color = RUN_STYLE[id].color;
  const px = chain.points.map(([x = 0, y = 0]) => [clampPx(sx(x)), clampPx(sy(y))] as const);
  const legs = px.slice(1).map((end, i) => ({ start: px[i] ?? end, end, i }));
  const first = px[0];
  const last = px[px.length - 1];
  return (
    <g className="tip-to-tail" aria-hidden="true" pointerEvents="none">
      <defs>
        <marker
          id="tip-to-tail-arrow"
          viewBox="0 0 10 10"
          refX="9"
          refY="5"
          markerWidth="5"
          markerHeight="5"
          orient="auto"
        >
          <path d="M0,0L10,5L0,10z" fill={color} />
        </marker>
      </defs>
      {legs.map(({ start, end, i }) => {
        const term = chain.dec.terms[i];
        const long = Math.hypot(end[0] - start[0], end[1] - start[1]) >= MIN_ARROW_PX;
        return (
          <line
            key={i}
            x1={start[0]}
            y1={start[1]}
            x2={end[0]}
            y2={end[1]}
            stroke={color}
            strokeWidth={term ? 1 + 1.5 * term.weight : 1.5}
            strokeDasharray={term ? undefined : '3 3'}
            opacity={term ? 0.45 + 0.55 * term.weight : 0.6}
            markerEnd={long ? 'url(#tip-to-tail-arrow)' : undefined}
          />
        );
      })}
      {first && <circle cx={first[0]} cy={first[1]} r={3} fill={color} />}
      {last && (
        <circle cx={last[0]} cy={last[1]} r={5} fill="none" stroke={color} strokeWidth={1.5} />
      )}
    </g>
  );
}
