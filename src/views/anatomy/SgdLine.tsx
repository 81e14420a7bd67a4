import type { Trajectory } from '../../core/trajectory';
import { formatVector } from '../format';
import { RunSwatch } from '../RunMarker';

/**
 * SGD's m_t in the β^k panel: only the newest term, its own gradient. At step 0 it says no step
 * has been taken (m₀ = 0), never "m₀ = η·g₀"; past a divergence it says the row is its last.
 */
export function SgdLine(props: {
  run: Trajectory;
  t: number;
  m: readonly number[];
  /** The step on screen: past a divergence, t is the run's last finite row, and it says so. */
  step: number;
}) {
  const { run, t, m, step } = props;
  const stopped = run.divergedAt !== null && step >= run.divergedAt;
  return (
    <span className="sgd-line">
      <RunSwatch run="sgd" />
      {t === 0 ? (
        <>
          SGD m<sub>0</sub> = <output data-testid="sgd-m">{formatVector(m)}</output>: no step has
          been taken yet
        </>
      ) : (
        <>
          SGD m<sub>{t}</sub> = η·g<sub>{t - 1}</sub> ={' '}
          <output data-testid="sgd-m">{formatVector(m)}</output>: only the newest term, its own
          gradient
          {stopped && (
            <span className="stale-note">
              {' '}
              (its last finite step: SGD diverged at step {run.divergedAt})
            </span>
          )}
        </>
      )}
    </span>
  );
}
