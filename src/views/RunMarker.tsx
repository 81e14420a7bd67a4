import type { OptimizerId } from '../core/optimizers/registry';
import { markerPath, RUN_STYLE } from './runStyle';
import { clampPx } from './screen';

/** A run's point marker in its own shape (circle, diamond, triangle, …) and colour. */
export function RunMarker(props: {
  run: OptimizerId;
  x: number;
  y: number;
  size?: number;
  opacity?: number;
  /** Drawn as an outline only (e.g. Nesterov's look-ahead point). */
  hollow?: boolean;
}) {
  const { run, size = 7, opacity = 1, hollow = false } = props;
  const style = RUN_STYLE[run];
  return (
    <path
      d={markerPath(style.shape, clampPx(props.x), clampPx(props.y), size)}
      fill={hollow ? 'var(--bg)' : style.color}
      stroke={hollow ? style.color : 'var(--bg)'}
      strokeWidth={hollow ? 1.8 : 1.5}
      opacity={opacity}
    />
  );
}

/** A run's swatch for legends and table headers: its marker on a short line in its dash. */
export function RunSwatch(props: { run: OptimizerId; line?: boolean }) {
  const style = RUN_STYLE[props.run];
  const line = props.line ?? false;
  const w = line ? 34 : 14;
  return (
    <svg className="run-swatch" width={w} height={14} aria-hidden="true">
      {line && (
        <line
          x1={2}
          x2={w - 2}
          y1={7}
          y2={7}
          stroke={style.color}
          strokeWidth={2}
          strokeDasharray={style.dash}
        />
      )}
      <path d={markerPath(style.shape, w / 2, 7, 4.5)} fill={style.color} />
    </svg>
  );
}

/** Arrowhead marker definitions, one per run colour; refer to them as url(#arrow-sgd) etc. */
export function ArrowDefs(props: { runs: readonly OptimizerId[] }) {
  const ids: readonly string[] = [...props.runs, 'grad'];
  return (
    <defs>
      {ids.map((id) => (
        <marker
          key={id}
          id={`arrow-${id}`}
          viewBox="0 0 10 10"
          refX="8"
          refY="5"
          markerWidth="7"
          markerHeight="7"
          orient="auto-start-reverse"
        >
          <path
            d="M0,0L10,5L0,10z"
            fill={id === 'grad' ? 'var(--grad)' : RUN_STYLE[id as OptimizerId].color}
          />
        </marker>
      ))}
    </defs>
  );
}
