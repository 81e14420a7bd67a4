import type { Trajectory } from '../../core/trajectory';
import { formatVector } from '../format';
import { RunSwatch } from '../RunMarker';

/**
 * SGD's m_t in the β^k panel: only the newest term, its own gradient. At step 0 it says no step
 * has been taken (m₀ = 0), never "m₀ = η·g₀".
 */
export function SgdLine(props: { run: Trajectory; t: number; m: readonly number[] }) {
  const { t, m } = props;
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
        </>
      )}
    </span>
  );
}
