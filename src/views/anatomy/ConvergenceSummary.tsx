import { usePanelRuns, usePanelStep } from './usePanelStep';
import { compareConvergence } from '../../core/convergence';
import { statusAt, statusText } from '../../core/trajectory';
import { RUN_NAMES, RUN_STYLE } from '../screen';

/**
 * Each run's status at the step on screen ("converged at step k", DESIGN §1) and, once both have
 * converged, how many times fewer (or more) steps momentum needed.
 */
export function ConvergenceSummary() {
  const step = usePanelStep();
  const runs = usePanelRuns();
  const sgd = statusAt(runs.sgd, step);
  const momentum = statusAt(runs.momentum, step);
  const verdict = compareConvergence(sgd, momentum);
  const statuses = { sgd, momentum };
  return (
    <section className="panel anatomy-panel convergence" aria-labelledby="convergence-title">
      <h2 id="convergence-title">Convergence</h2>
      <ul className="status-list">
        {RUN_NAMES.map((name) => (
          <li key={name}>
            <span className={`swatch swatch-${name}`} aria-hidden="true" />
            {RUN_STYLE[name].label}:{' '}
            <span className={`status-${statuses[name].kind}`}>{statusText(statuses[name])}</span>
          </li>
        ))}
      </ul>
      <p className={`verdict verdict-${verdict.kind === 'both' ? verdict.winner : 'pending'}`}>
        {verdict.text}
      </p>
      <p className="anatomy-note">
        Converged means ‖∇L(w<sub>k</sub>)‖ &lt; 10⁻⁶ and ‖m<sub>k</sub>‖ &lt; 10⁻⁶.
      </p>
    </section>
  );
}
