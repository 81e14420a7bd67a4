import { useRef } from 'react';
import { presetById } from '../../core/presets';
import { betaFloor, predictRun, type RunPrediction } from '../../core/stability';
import { useApp } from '../../state/StoreContext';
import { formatNumber } from '../format';
import { useElementSize } from '../useElementSize';
import { StabilityMap } from './StabilityMap';

function rateText(p: RunPrediction): string {
  if (!p.stable) return 'diverges (ρ ≥ 1)';
  return `ρ = ${formatNumber(p.rate, 5)} per step, about ${formatNumber(Math.ceil(p.stepsToMillionth))} steps to shrink the error 10⁶×`;
}

/**
 * The linear theory for constant-curvature bowls, live with the sliders: each run's stability
 * limit on η, its predicted rate (spectral radius), and a warning when η is within 10% of a limit
 * or past it — before the next slider move makes a run diverge — plus the (η, β) map.
 */
export function TheoryPanel() {
  const fn = useApp((s) => s.settings.fn);
  const eta = useApp((s) => s.settings.eta);
  const beta = useApp((s) => s.settings.beta);
  const box = useRef<HTMLDivElement>(null);
  const { width } = useElementSize(box);
  const preset = presetById(fn);
  const eig = preset.eigenvalues;

  if (!eig || eig.length === 0)
    return (
      <section className="panel anatomy-panel theory" aria-labelledby="theory-title">
        <h2 id="theory-title">Theory</h2>
        <p className="anatomy-note">
          The stability rule 0 &lt; η·λ &lt; 2 + 2β needs a constant curvature. {preset.name}’s
          curvature changes from place to place, so there is no single prediction here; try the
          quadratic bowl or the ravine.
        </p>
      </section>
    );

  const lambdaMax = Math.max(...eig);
  const sgd = predictRun(eig, eta, 0);
  const mom = predictRun(eig, eta, beta);
  const warn = (name: string, p: RunPrediction, bound: string) =>
    p.margin === 'ok' ? null : (
      <li className={`theory-warning margin-${p.margin}`}>
        {p.margin === 'unstable'
          ? `${name} diverges: η·λ_max = ${formatNumber(eta * lambdaMax)} is not below ${bound}.`
          : `${name} is within 10% of its limit: η·λ_max = ${formatNumber(eta * lambdaMax)} of ${bound}; raise η past ${formatNumber(p.etaLimit)} and it diverges.`}
      </li>
    );
  const warnings = [
    warn('SGD', sgd, '2'),
    warn('Momentum', mom, `2 + 2β = ${formatNumber(2 + 2 * beta)}`),
  ].filter((w) => w !== null);

  return (
    <section className="panel anatomy-panel theory" aria-labelledby="theory-title">
      <h2 id="theory-title">Theory</h2>
      <p className="anatomy-note">
        On this bowl the Hessian’s eigenvalues are λ = {eig.join(', ')}. Along each, the update is
        linear with characteristic polynomial z² − (1 + β − ηλ)z + β; a run converges iff every root
        has |z| &lt; 1, which is 0 &lt; η·λ &lt; 2 + 2β (SGD, β = 0: 0 &lt; η·λ &lt; 2). The rate ρ
        = max |z| is the factor the error shrinks by per step.
      </p>
      <table className="theory-table">
        <thead>
          <tr>
            <th scope="col">run</th>
            <th scope="col">stable while</th>
            <th scope="col">predicted</th>
          </tr>
        </thead>
        <tbody>
          <tr>
            <th scope="row">
              <span className="swatch swatch-sgd" aria-hidden="true" />
              SGD
            </th>
            <td>η &lt; 2/λ_max = {formatNumber(sgd.etaLimit)}</td>
            <td data-testid="sgd-rate">{rateText(sgd)}</td>
          </tr>
          <tr>
            <th scope="row">
              <span className="swatch swatch-momentum" aria-hidden="true" />
              Momentum
            </th>
            <td>
              η &lt; (2+2β)/λ_max = {formatNumber(mom.etaLimit)}
              {eta * lambdaMax > 2 && (
                <> (needs β &gt; {formatNumber(betaFloor(eta, lambdaMax))})</>
              )}
            </td>
            <td data-testid="momentum-rate">{rateText(mom)}</td>
          </tr>
        </tbody>
      </table>
      <div role="status">
        {warnings.length > 0 ? (
          <ul className="theory-warnings">{warnings}</ul>
        ) : (
          <p className="anatomy-note">
            Now η·λ_max = {formatNumber(eta * lambdaMax)}: both runs are well inside their limits.
            {mom.rate > sgd.rate &&
              ' Theory predicts momentum converges more slowly here than SGD (its rate is larger).'}
          </p>
        )}
      </div>
      <div ref={box} className="stability-map-box">
        {width > 0 && (
          <StabilityMap eigenvalues={eig} eta={eta} beta={beta} width={Math.min(width, 420)} />
        )}
      </div>
    </section>
  );
}
