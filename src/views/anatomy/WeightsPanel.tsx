import { usePanelRuns, usePanelStep } from './usePanelStep';
import { useMemo, useRef, useState } from 'react';
import { decompose, effectiveMemory } from '../../core/decomposition';
import type { OptimizerId } from '../../core/optimizers/registry';
import { rowOf, shownRow } from '../../core/trajectory';
import { findRun, firstRun } from '../../state/runs';
import { useActions, useApp } from '../../state/StoreContext';
import { formatNumber, formatVector } from '../format';
import { RunSwatch } from '../RunMarker';
import { RUN_STYLE } from '../screen';
import { useElementWidth } from '../useElementWidth';
import { pickedOf, RunPicker } from './RunPicker';
import { SgdLine } from './SgdLine';
import { TermsTable } from './TermsTable';
import { WeightBars } from './WeightBars';
import { glides, waterfallRows } from './waterfall';

/** The newest terms drawn one by one; older ones are summed into one aggregate bar. */
export const SHOWN_TERMS = 30;

/** The runs whose m_t unrolls into β^k-weighted gradients (DESIGN §6). */
const UNROLLED: readonly OptimizerId[] = ['momentum', 'nesterov'];

/**
 * "β^k weights": the momentum (or Nesterov) run's m_t unrolled into η·β^k·g_{t−1−k}, newest
 * first, as a waterfall adding up to m_t, with a picker when both are shown; SGD's m_t = η·g_{t−1}
 * beside it when SGD is shown; effective memory and total weight.
 */
export function WeightsPanel() {
  const step = usePanelStep();
  const runs = usePanelRuns();
  const beta = useApp((s) => s.settings.beta);
  const showTerms = useApp((s) => s.settings.terms);
  const settings = useApp((s) => s.settings);
  const playing = useApp((s) => s.playing);
  const { setShowTerms } = useActions();
  // The panels read a sampled snapshot that follows in a transition; the checkbox shows the click
  // at once (a controlled input must not wait for a transition) until the snapshot agrees.
  const [clicked, setClicked] = useState<boolean | null>(null);
  if (clicked !== null && clicked === showTerms) setClicked(null);
  const [picked, setPicked] = useState<OptimizerId | null>(null);
  // Every run shares the loss, so any run knows its dimension (a custom loss has no preset).
  const dim = firstRun(runs).dim;
  const box = useRef<HTMLDivElement>(null);
  const width = useElementWidth(box, { firstAtOnce: false });

  const family = runs.filter((e) => UNROLLED.includes(e.id)).map((e) => e.id);
  const id = pickedOf(family, picked);
  // The bars glide (a CSS transform transition) only for one step taken by hand while paused:
  // never on a slider drag, a switch of run or playback, where they jump.
  const [motion, setMotion] = useState({ step, settings, id, glide: false });
  if (motion.step !== step || motion.settings !== settings || motion.id !== id)
    setMotion({ step, settings, id, glide: glides(motion, { step, settings, id }, playing) });
  const run = id === null ? undefined : findRun(runs, id);
  const sgd = findRun(runs, 'sgd');
  const t = run ? shownRow(run, step) : 0;
  const sgdT = sgd ? shownRow(sgd, step) : 0;
  // One memo for the step's numbers: the bars (memo) then re-render only when they change.
  const { dec, rows, mM, mS } = useMemo(() => {
    const dec = run ? decompose(run, t, SHOWN_TERMS) : null;
    return {
      dec,
      rows: dec ? waterfallRows(dec, dim) : [],
      mM: run ? rowOf(run, 'm', t) : [],
      mS: sgd ? rowOf(sgd, 'm', sgdT) : null,
    };
  }, [run, t, sgd, sgdT, dim]);
  // The surface draws the terms of momentum if shown, else Nesterov's (TipToTailLayer).
  const drawn = family[0];

  return (
    <section className="panel anatomy-panel weights" aria-label="β^k weights">
      <h2>
        β<sup>k</sup> weights
      </h2>
      <p className="anatomy-note">
        m<sub>t</sub> = η·(g<sub>t−1</sub> + β·g<sub>t−2</sub> + β²·g<sub>t−3</sub> + …): each past
        gradient counts with a fixed weight β<sup>k</sup> that shrinks with its age k.
      </p>
      {id !== null && family.length > 1 && (
        <RunPicker label="Unrolled run" ids={family} value={id} onChange={setPicked} />
      )}
      {run && dec && id !== null ? (
        <>
          {id === 'nesterov' && (
            <p className="anatomy-note nesterov-note">
              Nesterov’s terms are gradients at its <b>look-ahead points</b> w<sub>k</sub> − β·m
              <sub>k</sub>, where momentum alone would carry it, not at w<sub>k</sub>: the same
              weights β<sup>k</sup>, other gradients.
            </p>
          )}
          <dl className="weights-stats">
            <div>
              <dt>effective memory 1/(1−β)</dt>
              <dd>{formatNumber(effectiveMemory(beta), 5)} steps</dd>
            </div>
            <div>
              <dt>
                total weight (1−β<sup>t</sup>)/(1−β) at t = {dec.t}
              </dt>
              <dd data-testid="total-weight">{formatNumber(dec.totalWeight, 5)}</dd>
            </div>
          </dl>
          <p className="weights-sums">
            <RunSwatch run={id} />
            {RUN_STYLE[id].label} m<sub>{dec.t}</sub> ={' '}
            <output data-testid={`${id}-m`}>{formatVector(mM)}</output>
            {dec.t === 0
              ? ': no step has been taken yet'
              : `, the sum of ${dec.t} term${dec.t === 1 ? '' : 's'}`}
            {sgd && (
              <>
                <br />
                <SgdLine run={sgd} t={sgdT} m={mS ?? []} step={step} />
              </>
            )}
          </p>
          {run.divergedAt !== null && step >= run.divergedAt && (
            <p className="anatomy-warning">
              {RUN_STYLE[id].label} diverged at step {run.divergedAt}; showing its last finite step,{' '}
              {t}.
            </p>
          )}
          <div ref={box} className={motion.glide ? 'weights-bars glide' : 'weights-bars'}>
            {dec.t === 0 ? (
              <p className="anatomy-note">
                At step 0 no step has been taken yet and nothing has accumulated: m₀ = 0. Step on.
              </p>
            ) : (
              width > 0 && (
                <WeightBars
                  run={id}
                  rows={rows}
                  momentumM={mM}
                  sgdM={mS}
                  dim={dim}
                  width={width}
                  t={dec.t}
                  sgdT={sgdT}
                />
              )
            )}
          </div>
          {dim === 2 && drawn && (
            <label className="toggle">
              <input
                type="checkbox"
                checked={clicked ?? showTerms}
                onChange={(e) => {
                  setClicked(e.target.checked);
                  setShowTerms(e.target.checked);
                }}
              />
              <span>
                Draw {RUN_STYLE[drawn].label}’s terms tip to tail on the surface (from w
                <sub>t−1</sub> to w<sub>t</sub>)
              </span>
            </label>
          )}
          <TermsTable id={id} rows={rows} t={dec.t} eta={run.settings.eta} beta={beta} />
        </>
      ) : (
        <>
          <p className="anatomy-note">
            The β<sup>k</sup> view unrolls Momentum and Nesterov, and neither is shown: add one
            under “Runs” to see its m<sub>t</sub> taken apart.
          </p>
          {sgd && (
            <p className="weights-sums">
              <SgdLine run={sgd} t={sgdT} m={mS ?? []} step={step} />
            </p>
          )}
        </>
      )}
    </section>
  );
}
