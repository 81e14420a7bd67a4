import { clampPx, RUN_STYLE, type RunName } from './screen';

/** A run's point marker: SGD a circle, momentum a diamond, so shape tells them apart as well as colour. */
export function RunMarker(props: {
  run: RunName;
  x: number;
  y: number;
  size?: number;
  opacity?: number;
}) {
  const { run, size = 7, opacity = 1 } = props;
  const x = clampPx(props.x);
  const y = clampPx(props.y);
  const style = RUN_STYLE[run];
  if (style.shape === 'circle')
    return (
      <circle
        cx={x}
        cy={y}
        r={size}
        fill={style.color}
        stroke="var(--bg)"
        strokeWidth={1.5}
        opacity={opacity}
      />
    );
  const s = size * 1.3;
  return (
    <path
      d={`M${x},${y - s}L${x + s},${y}L${x},${y + s}L${x - s},${y}Z`}
      fill={style.color}
      stroke="var(--bg)"
      strokeWidth={1.5}
      opacity={opacity}
    />
  );
}

/** Arrowhead marker definitions, one per run colour; refer to them as url(#arrow-sgd) etc. */
export function ArrowDefs() {
  return (
    <defs>
      {(['sgd', 'momentum', 'grad'] as const).map((id) => (
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
          <path d="M0,0L10,5L0,10z" fill={id === 'grad' ? 'var(--grad)' : RUN_STYLE[id].color} />
        </marker>
      ))}
    </defs>
  );
}
