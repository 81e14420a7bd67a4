import { useMemo } from 'react';
import type { Preset } from '../../core/presets';
import type { Settings } from '../../state/settings';
import { useApp } from '../../state/StoreContext';
import { constantCurvature, localCurvature, roundedEigenvalues } from './localCurvature';
import { TheoryBody } from './TheoryBody';
import { lossPhrase } from './TheoryIntro';
import { usePanelRuns, usePanelStep } from './usePanelStep';

/**
 * The theory for a loss whose curvature changes: the Hessian at the momentum run's point (else
 * Nesterov's, else the first run's) at the panel's sampled step. Its eigenvalues are rounded to
 * the 4 digits the caption prints, so the map is recomputed only when they visibly change.
 */
function LocalTheory(props: { problem: Preset; settings: Settings }) {
  const { problem, settings } = props;
  const step = usePanelStep();
  const runs = usePanelRuns();
  const local = localCurvature(problem, runs, step);
  const key = local ? roundedEigenvalues(local.eigenvalues).join(',') : '';
  const eigenvalues = useMemo(() => (key ? key.split(',').map(Number) : []), [key]);
  const name = lossPhrase(problem.id, problem.name);
  if (!local || eigenvalues.length === 0)
    return (
      <p className="anatomy-note">
        The run has no finite point to take the curvature of {name} at: no prediction here.
      </p>
    );
  const curvature = {
    eigenvalues,
    at: local.at,
    positiveDefinite: eigenvalues.every((l) => l > 0),
  };
  return <TheoryBody settings={settings} curvature={curvature} lossName={name} />;
}

/**
 * The linear theory, live with the sliders: SGD's, momentum's and Nesterov's stability limit on η
 * and predicted rate, warnings near a limit, and the "Rate map" of (η, β). On a quadratic the
 * Hessian is constant and the panel does not follow the step; on any other loss it uses the
 * Hessian at the momentum run's current point, and says so.
 */
export function TheoryPanel() {
  // The whole settings object: a run's η may be its own (eta.<id>).
  const settings = useApp((s) => s.settings);
  const problem = useApp((s) => s.problem);
  const eig = problem.eigenvalues;
  const constant = useMemo(() => (eig && eig.length > 0 ? constantCurvature(eig) : null), [eig]);
  return (
    <section className="panel anatomy-panel theory" aria-labelledby="theory-title">
      <h2 id="theory-title">Theory</h2>
      {constant ? (
        <TheoryBody
          settings={settings}
          curvature={constant}
          lossName={lossPhrase(problem.id, problem.name)}
        />
      ) : (
        <LocalTheory problem={problem} settings={settings} />
      )}
    </section>
  );
}
