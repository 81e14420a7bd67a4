import { usePanelRuns, usePanelStep } from './usePanelStep';
import { useMemo, useRef, useState } from 'react';
import type { OptimizerId } from '../../core/optimizers/registry';
import { findRun } from '../../state/runs';
import { formatNumber } from '../format';
import { RunSwatch } from '../RunMarker';
import { RUN_STYLE } from '../screen';
import { useElementWidth } from '../useElementWidth';
import { adaptiveAnatomy, isAdaptive, type AdaptiveCoord } from './adaptive';
import { AdaptiveBars } from './AdaptiveBars';
import { adaptiveSentences, coordNames } from './adaptiveText';
import { pickedOf, RunPicker } from './RunPicker';
import { superscript } from './waterfall';

/** The table's rows: each quantity, its heading and how to read it from a coordinate. */
function adaptiveRows(id: OptimizerId): {
  key: string;
  name: string;
  value: (c: AdaptiveCoord) => number;
}[] {
  const adam = id === 'adam';
  return [
    { key: 'g', name: 'g', value: (c) => c.g },
    ...(adam ? [{ key: 'ahat', name: 'â', value: (c: AdaptiveCoord) => c.aHat ?? NaN }] : []),
    { key: 's', name: adam ? 'ŝ' : 's', value: (c) => c.sHat },
    { key: 'scale', name: adam ? 'η/(√ŝ+ε)' : 'η/(√s+ε)', value: (c) => c.scale },
    { key: 'm', name: 'm', value: (c) => c.step },
    { key: 'm-over-eta', name: '|m|/η', value: (c) => c.stepOverEta },
  ];
}

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
  const width = useElementWidth(box, { firstAtOnce: false });
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
              {/* A row per quantity, a column per coordinate: seven columns did not fit a panel. */}
              <thead>
                <tr>
                  <th scope="col" />
                  {names.map((n) => (
                    <th key={n} scope="col">
                      {n}
                    </th>
                  ))}
                </tr>
              </thead>
              <tbody>
                {adaptiveRows(id).map(({ key, name, value }) => (
                  <tr key={key} data-row={key}>
                    <th scope="row">{name}</th>
                    {a.coords.map((c, i) => (
                      <td
                        key={i}
                        data-testid={key === 'scale' ? `scale-${names[i] ?? i}` : undefined}
                      >
                        {formatNumber(value(c))}
                      </td>
                    ))}
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
