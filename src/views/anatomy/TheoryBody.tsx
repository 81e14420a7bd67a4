import { useRef, useState } from 'react';
import type { OptimizerId } from '../../core/optimizers/registry';
import { heavyBallRate } from '../../core/stability';
import { runEta, type Settings } from '../../state/settings';
import { formatNumber, formatVector } from '../format';
import { RUN_STYLE } from '../screen';
import { useElementWidth } from '../useElementWidth';
import { isAdaptive } from './adaptive';
import type { Curvature } from './localCurvature';
import { RateMap, type MapPoint } from './RateMap';
import { RunPicker } from './RunPicker';
import { TheoryIntro } from './TheoryIntro';
import { predictRule, THEORY_RULES, type RulePrediction, type TheoryRule } from './theoryRows';
import { TheoryTable } from './TheoryTable';
import { subscript } from './waterfall';

/** Run names as a list: "SGD", "SGD and Momentum", "SGD, Momentum and Nesterov". */
export function names(ids: readonly OptimizerId[]): string {
  const n = ids.map((id) => RUN_STYLE[id].label);
  return n.length < 2 ? (n[0] ?? '') : `${n.slice(0, -1).join(', ')} and ${n[n.length - 1] ?? ''}`;
}

const isTheoryRule = (id: OptimizerId): id is TheoryRule =>
  (THEORY_RULES as readonly OptimizerId[]).includes(id);

/** λ_max written with a real subscript. */
const LMAX = (
  <>
    λ<sub>max</sub>
  </>
);

function Warning(props: { p: RulePrediction; lambdaMax: number }) {
  const { p, lambdaMax } = props;
  const name = RUN_STYLE[p.id].label;
  const load = formatNumber(p.eta * lambdaMax);
  const bound = formatNumber(p.etaLimit * lambdaMax);
  return (
    <li className={`theory-warning margin-${p.margin}`}>
      {p.margin === 'unstable' ? (
        <>
          {name} diverges: η·{LMAX} = {load} is not below {bound}.
        </>
      ) : (
        <>
          {name} is within 10% of its limit: η·{LMAX} = {load} of {bound}; raise η past{' '}
          {formatNumber(p.etaLimit)} and it diverges.
        </>
      )}
    </li>
  );
}

/**
 * The theory for one curvature (constant, or the Hessian at a run's point): SGD's, momentum's and
 * Nesterov's limit on η and predicted rate (each run at its own η), warnings near or past a
 * limit, and the rate map. A Hessian that is not positive definite gets no predictions: the
 * panel shows why none can converge there.
 */
export function TheoryBody(props: { settings: Settings; curvature: Curvature; lossName: string }) {
  const { settings, curvature, lossName } = props;
  const box = useRef<HTMLDivElement>(null);
  const width = useElementWidth(box, { firstAtOnce: false });
  const [shade, setShade] = useState<OptimizerId | null>(null);
  const { opt, beta } = settings;
  const eig = curvature.eigenvalues;
  const lambdaMax = Math.max(...eig);
  const pd = curvature.positiveDefinite;
  const rows = THEORY_RULES.map((id) => predictRule(id, eig, runEta(settings, id), beta));
  const shownRows = rows.filter((p) => opt.includes(p.id));
  const adaptive = opt.filter(isAdaptive);
  const warnings = shownRows.filter((p) => p.margin !== 'ok');
  const points: MapPoint[] = opt.filter(isTheoryRule).map((id) => ({
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
  const at = curvature.at;
  const where = at ? `${RUN_STYLE[at.id].label}’s w${subscript(at.t)}` : null;
  const lambdaMin = Math.min(...eig);

  return (
    <>
      <TheoryIntro curvature={curvature} lossName={lossName} />
      {pd ? (
        <>
          <TheoryTable rows={rows} shown={opt} lambdaMax={lambdaMax} />
          <div role="status">
            {warnings.length > 0 ? (
              <ul className="theory-warnings">
                {warnings.map((p) => (
                  <Warning key={p.id} p={p} lambdaMax={lambdaMax} />
                ))}
              </ul>
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
        </>
      ) : (
        <p className="anatomy-note theory-indefinite" data-testid="theory-indefinite">
          Here the Hessian is not positive definite: along the direction with λ ={' '}
          {formatNumber(lambdaMin)} ≤ 0 the loss curves down (or is flat). Momentum’s polynomial
          p(z) = z² − (1 + β − ηλ)z + β there has p(1) = η·λ ≤ 0, and p(z) grows without bound, so
          one root lies at or above 1 for every η &gt; 0 and β: no setting shrinks the error along
          that direction (Nesterov’s p(1) is η·λ too). At η = {formatNumber(settings.eta)}, β ={' '}
          {formatNumber(beta)} it grows ×
          {formatNumber(heavyBallRate(settings.eta, beta, lambdaMin))} per step: the run moves away
          from this point, as descent should from a hump or a saddle. The map and its predictions
          apply only where the Hessian is positive definite.
        </p>
      )}
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
      {where && at && (
        <p className="map-curvature" data-testid="map-curvature">
          Curvature at {where} = {formatVector(at.w)}: λ ={' '}
          {eig.map((l) => formatNumber(l)).join(', ')}
          {pd ? '' : ' (not positive definite)'}.
        </p>
      )}
      <div ref={box} className="stability-map-box">
        {width > 0 && (
          <RateMap
            eigenvalues={eig}
            rule={shadeId === 'nesterov' ? 'nesterov' : 'heavy-ball'}
            points={points}
            width={Math.min(width, 520)}
            current={{ eta: settings.eta, beta }}
          />
        )}
      </div>
      {pd && (
        <p className="anatomy-note">
          Shaded by {RUN_STYLE[shadeId].label.toLowerCase()}’s rate ρ (darker converges faster,
          hatched diverges); solid line: momentum’s limit, dashed: Nesterov’s.{' '}
          {points.length > 0 && `Marked: ${names(points.map((p) => p.id))} at their (η, β)`}
          {opt.includes('sgd') && ' (SGD on β = 0)'}
          {points.length > 0 && '.'}
        </p>
      )}
    </>
  );
}
