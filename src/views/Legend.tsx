import { RUN_NAMES, RUN_STYLE } from './screen';
import { useApp } from '../state/StoreContext';

/** Which colour, shape and dash is which run, with each run's β. */
export function Legend() {
  const beta = useApp((s) => s.settings.beta);
  const eta = useApp((s) => s.settings.eta);
  return (
    <ul className="legend" aria-label="Legend">
      {RUN_NAMES.map((name) => (
        <li key={name}>
          <svg width="34" height="14" aria-hidden="true">
            <line
              x1="2"
              x2="32"
              y1="7"
              y2="7"
              stroke={RUN_STYLE[name].color}
              strokeWidth="2"
              strokeDasharray={RUN_STYLE[name].dash}
            />
            {name === 'sgd' ? (
              <circle cx="17" cy="7" r="4.5" fill={RUN_STYLE[name].color} />
            ) : (
              <path d="M17,1.5L22.5,7L17,12.5L11.5,7Z" fill={RUN_STYLE[name].color} />
            )}
          </svg>
          {RUN_STYLE[name].label}{' '}
          <small>
            (η = {eta}, β = {name === 'sgd' ? 0 : beta})
          </small>
        </li>
      ))}
    </ul>
  );
}
