import { useRef, useState } from 'react';
import type { OptimizerId } from '../../core/optimizers/registry';
import { findPreset } from '../../core/presets';
import { runEta } from '../../state/settings';
import { useApp } from '../../state/StoreContext';
import { formatNumber } from '../format';
import { RUN_STYLE } from '../screen';
import { useElementSize } from '../useElementSize';
import { isAdaptive } from './adaptive';
import { RunPicker } from './RunPicker';
import { StabilityMap, type MapPoint } from './StabilityMap';
import { predictRule, THEORY_RULES, type RulePrediction, type TheoryRule } from './theoryRows';
import { TheoryTable } from './TheoryTable';

/** Run names as a list: "SGD", "SGD and Momentum", "SGD, Momentum and Nesterov". */
function names(ids: readonly OptimizerId[]): string {
  const n = ids.map((id) => RUN_STYLE[id].label);
  return n.length < 2 ? (n[0] ?? '') : `${n.slice(0, -1).join(', ')} and ${n[n.length - 1] ?? ''}`;
}

const isTheoryRule = (id: OptimizerId): id is TheoryRule =>
  (THEORY_RULES as readonly OptimizerId[]).includes(id);

/**
 * The linear theory for constant-curvature bowls, live with the sliders: SGD's, momentum's and
 * Nesterov's stability limit on η and predicted rate (each run at its own η), a warning when a
 * shown run's η is within 10% of its limit or past it — before the next slider move makes it
 * diverge — and the (η, β) map with every run that has a point on it.
 */
export function TheoryPanel() {
  // The whole settings object: a run's η may be its own (eta.<id>). It changes with the sliders,
  // never with the step, so the panel does not re-render as the run plays.
  const settings = useApp((s) => s.settings);
  const { fn } = settings;
  const box = useRef<HTMLDivElement>(null);
  const { width } = useElementSize(box);
  const [shade, setShade] = useState<OptimizerId | null>(null);
  const preset = findPreset(fn);
  const eig = preset?.eigenvalues;

  if (!eig || eig.length === 0)
    return (
      <section className="panel anatomy-panel theory" aria-labelledby="theory-title">
        <h2 id="theory-title">Theory</h2>
        <p className="anatomy-note">
          The stability rule 0 &lt; η·λ &lt; 2 + 2β needs a constant curvature.{' '}
          {preset ? `${preset.name}’s` : 'This loss’s'} curvature changes from place to place, so
          there is no single prediction here; try the quadratic bowl or the ravine.
        </p>
      </section>
    );

  const { opt, beta } = settings;
  const lambdaMax = Math.max(...eig);
  // A rule among the runs uses its run's η; the others the shared η.
  const rows = THEORY_RULES.map((id) => predictRule(id, eig, runEta(settings, id), beta));
  const shownRows = rows.filter((p) => opt.includes(p.id));
  const adaptive = opt.filter(isAdaptive);
  const warn = (p: RulePrediction) => {
    const name = RUN_STYLE[p.id].label;
    const load = `η·λ_max = ${formatNumber(p.eta * lambdaMax)}`;
    const bound = `${formatNumber(p.etaLimit * lambdaMax)}`;
    return p.margin === 'ok' ? null : (
      <li key={p.id} className={`theory-warning margin-${p.margin}`}>
        {p.margin === 'unstable'
          ? `${name} diverges: ${load} is not below ${bound}.`
          : `${name} is within 10% of its limit: ${load} of ${bound}; raise η past ${formatNumber(p.etaLimit)} and it diverges.`}
      </li>
    );
  };
  const warnings = shownRows.map(warn).filter((w) => w !== null);
  const mapIds = opt.filter(isTheoryRule);
  const points: MapPoint[] = mapIds.map((id) => ({
    id,
    eta: runEta(settings, id),
    beta: id === 'sgd' ? 0 : beta,
  }));
  const both = opt.includes('momentum') && opt.includes('nesterov');
  const shadeId: OptimizerId =
    both && shade !== null ? shade : opt.includes('nesterov') && !both ? 'nesterov' : 'momentum';
  const slower = (a: TheoryRule, b: TheoryRule) => {
    const pa = rows.find((p) => p.id === a);
    const pb = rows.find((p) => p.id === b);
    return pa && pb && opt.includes(a) && opt.includes(b) && pa.rate > pb.rate;
  };

  return (
    <section className="panel anatomy-panel theory" aria-labelledby="theory-title">
      <h2 id="theory-title">Theory</h2>
      <p className="anatomy-note">
        On this bowl the Hessian’s eigenvalues are λ = {eig.join(', ')}. Along each, a run is a 2×2
        linear recursion in (w, m). Momentum’s characteristic polynomial is z² − (1 + β − ηλ)z + β,
        stable iff 0 &lt; η·λ &lt; 2 + 2β (SGD, β = 0: η·λ &lt; 2). Nesterov’s is z² − (1 + β)(1 −
        ηλ)z + β(1 − ηλ), stable iff η·λ &lt; (2 + 2β)/(1 + 2β), a tighter limit. The rate ρ = max
        |z| is the factor the error shrinks by per step.
      </p>
      <TheoryTable rows={rows} shown={opt} lambdaMax={lambdaMax} />
      <div role="status">
        {warnings.length > 0 ? (
          <ul className="theory-warnings">{warnings}</ul>
        ) : shownRows.length > 0 ? (
          <p className="anatomy-note">
            {shownRows.length === 1
              ? `${names(shownRows.map((p) => p.id))} is well inside its limit.`
              : `${names(shownRows.map((p) => p.id))} are well inside their limits.`}
            {slower('momentum', 'sgd') &&
              ' Theory predicts momentum converges more slowly here than SGD (its rate is larger).'}
            {slower('nesterov', 'sgd') &&
              ' Theory predicts Nesterov converges more slowly here than SGD.'}
          </p>
        ) : null}
      </div>
      {adaptive.length > 0 && (
        <p className="anatomy-note" data-testid="theory-adaptive">
          {names(adaptive)} {adaptive.length === 1 ? 'has' : 'have'} no (η, β) point on this map:{' '}
          {adaptive.length === 1 ? 'its' : 'their'} step scale changes per coordinate as{' '}
          {adaptive.length === 1 ? 'it runs' : 'they run'}, so this linear theory does not predict{' '}
          {adaptive.length === 1 ? 'it' : 'them'}.
        </p>
      )}
      {both && (
        <RunPicker
          label="Shade the map by"
          ids={['momentum', 'nesterov']}
          value={shadeId}
          onChange={setShade}
        />
      )}
      <div ref={box} className="stability-map-box">
        {width > 0 && (
          <StabilityMap
            eigenvalues={eig}
            rule={shadeId === 'nesterov' ? 'nesterov' : 'heavy-ball'}
            points={points}
            width={Math.min(width, 420)}
          />
        )}
      </div>
      <p className="anatomy-note">
        Shaded by {RUN_STYLE[shadeId].label.toLowerCase()}’s rate (darker converges faster, blank
        diverges); solid line: momentum’s limit, dashed: Nesterov’s.
      </p>
    </section>
  );
}
