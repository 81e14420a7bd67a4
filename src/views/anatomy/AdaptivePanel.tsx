import { usePanelRuns, usePanelStep } from './usePanelStep';
import { useMemo, useRef, useState } from 'react';
import type { OptimizerId } from '../../core/optimizers/registry';
import { findRun } from '../../state/runs';
import { formatNumber } from '../format';
import { RunSwatch } from '../RunMarker';
import { RUN_STYLE } from '../screen';
import { useElementSize } from '../useElementSize';
import { adaptiveAnatomy, isAdaptive } from './adaptive';
import { AdaptiveBars } from './AdaptiveBars';
import { adaptiveSentences, coordNames } from './adaptiveText';
import { pickedOf, RunPicker } from './RunPicker';
import { superscript } from './waterfall';

/**
 * "Adaptive step sizes": what RMSProp, Adam and AdaGrad do instead of β^k weights. For the picked
 * adaptive run at the step on screen: the per-coordinate step scale η/(√ŝ_t + ε) as bars beside
 * what it multiplies and the step that results (against η), Adam's bias corrections, the numbers
 * in a table, and a sentence on why the steps come out the length they do. Renders nothing
 * when no adaptive run is shown.
 */
export function AdaptivePanel() {
  const step = usePanelStep();
  const runs = usePanelRuns();
  const [picked, setPicked] = useState<OptimizerId | null>(null);
  const box = useRef<HTMLDivElement>(null);
  const { width } = useElementSize(box);
  const ids = runs.map((e) => e.id).filter(isAdaptive);
  const id = pickedOf(ids, picked);
  const run = id === null ? undefined : findRun(runs, id);
  const a = useMemo(() => (run ? adaptiveAnatomy(run, step) : null), [run, step]);
  if (id === null || !run) return null;
  const names = coordNames(run.dim);
  const label = RUN_STYLE[id].label;

  return (
    <section className="panel anatomy-panel adaptive" aria-labelledby="adaptive-title">
      <h2 id="adaptive-title">Adaptive step sizes</h2>
      <p className="anatomy-note">
        RMSProp, Adam and AdaGrad keep no β<sup>k</sup> sum of steps. Each coordinate gets its own
        step scale η/(√ŝ<sub>t</sub> + ε) from the size of its past gradients.
      </p>
      {ids.length > 1 && (
        <RunPicker label="Adaptive run" ids={ids} value={id} onChange={setPicked} />
      )}
      {run.divergedAt !== null && step >= run.divergedAt && (
        <p className="anatomy-warning">
          {label} diverged at step {run.divergedAt}; showing its last finite step.
        </p>
      )}
      {!a ? (
        <p className="anatomy-note" data-testid="adaptive-start">
          <RunSwatch run={id} />
          {label}: no step has been taken yet, so {id === 'adam' ? 'a₀ = s₀ = 0' : 's₀ = 0'} and
          there is no scale to show. Step on.
        </p>
      ) : (
        <>
          <h3>
            <RunSwatch run={id} />
            {label}, step {a.t}
          </h3>
          {a.corrections && (
            <dl className="weights-stats adam-corrections">
              <div>
                <dt>bias correction 1/(1−0.9{superscript(a.t)})</dt>
                <dd data-testid="adam-c1">{formatNumber(a.corrections[0])}</dd>
              </div>
              <div>
                <dt>bias correction 1/(1−0.999{superscript(a.t)})</dt>
                <dd data-testid="adam-c2">{formatNumber(a.corrections[1])}</dd>
              </div>
            </dl>
          )}
          <div ref={box} className="adaptive-bars-box">
            {width > 0 && <AdaptiveBars run={id} anatomy={a} width={width} />}
          </div>
          <div
            className="table-scroll"
            tabIndex={0}
            role="region"
            aria-label={`${label} step, per coordinate`}
          >
            <table className="adaptive-table" data-testid="adaptive-table">
              <caption className="sr-only">
                {label} at step {a.t}, per coordinate (η = {a.eta})
              </caption>
              <thead>
                <tr>
                  <th scope="col" />
                  <th scope="col">g</th>
                  {id === 'adam' && <th scope="col">â</th>}
                  <th scope="col">{id === 'adam' ? 'ŝ' : 's'}</th>
                  <th scope="col">{id === 'adam' ? 'η/(√ŝ+ε)' : 'η/(√s+ε)'}</th>
                  <th scope="col">m</th>
                  <th scope="col">|m|/η</th>
                </tr>
              </thead>
              <tbody>
                {a.coords.map((c, i) => (
                  <tr key={i}>
                    <th scope="row">{names[i]}</th>
                    <td>{formatNumber(c.g)}</td>
                    {id === 'adam' && <td>{formatNumber(c.aHat ?? NaN)}</td>}
                    <td>{formatNumber(c.sHat)}</td>
                    <td data-testid={`scale-${names[i] ?? i}`}>{formatNumber(c.scale)}</td>
                    <td>{formatNumber(c.step)}</td>
                    <td>{formatNumber(c.stepOverEta)}</td>
                  </tr>
                ))}
              </tbody>
            </table>
          </div>
          {adaptiveSentences(a).map((s) => (
            <p key={s} className="anatomy-note adaptive-why">
              {s}
            </p>
          ))}
        </>
      )}
    </section>
  );
}
