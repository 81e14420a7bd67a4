import { usePanelRuns, usePanelStep } from './usePanelStep';
import { statusAt, statusText } from '../../core/trajectory';
import { RunSwatch } from '../RunMarker';
import { RUN_STYLE } from '../screen';
import { compareRuns } from './compareRuns';

/**
 * Every run's status at the step on screen ("converged at step k", DESIGN §1) and, as runs
 * converge, how many times fewer (or more) steps each needed than the baseline: SGD when it is
 * shown, else the first run.
 */
export function ConvergenceSummary() {
  const step = usePanelStep();
  const runs = usePanelRuns();
  const entries = runs.map((e) => ({
    id: e.id,
    name: RUN_STYLE[e.id].label,
    status: statusAt(e.run, step),
  }));
  const verdict = compareRuns(entries, Boolean(runs[0]?.run.settings.noise));
  const base = verdict.baseline === null ? null : RUN_STYLE[verdict.baseline].label;
  return (
    <section className="panel anatomy-panel convergence" aria-labelledby="convergence-title">
      <h2 id="convergence-title">Convergence</h2>
      <ul className="status-list">
        {entries.map(({ id, name, status }) => (
          <li key={id} data-run={id}>
            <RunSwatch run={id} />
            {name}: <span className={`status-${status.kind}`}>{statusText(status)}</span>
          </li>
        ))}
      </ul>
      {verdict.summary !== null && <p className="verdict verdict-pending">{verdict.summary}</p>}
      {verdict.comparisons.length > 0 && (
        <ul className="verdicts" aria-label={`Compared with ${base ?? ''}`}>
          {verdict.comparisons.map((c) => (
            <li key={c.id} className={`verdict verdict-${c.kind}`}>
              {c.text}
            </li>
          ))}
        </ul>
      )}
      {runs.length === 1 && (
        <p className="anatomy-note">Add a run under “Runs” to compare how fast they converge.</p>
      )}
      <p className="anatomy-note">
        Converged means ‖∇L(w<sub>k</sub>)‖ &lt; 10⁻⁶ and ‖m<sub>k</sub>‖ &lt; 10⁻⁶, with m
        <sub>k</sub> the step taken.
      </p>
    </section>
  );
}
