import { usePanelRuns, usePanelStep } from './usePanelStep';
import { useMemo, useRef } from 'react';
import { decompose, effectiveMemory } from '../../core/decomposition';
import { presetById } from '../../core/presets';
import { rowOf, shownRow } from '../../core/trajectory';
import { useActions, useApp } from '../../state/StoreContext';
import { formatNumber, formatVector } from '../format';
import { useElementSize } from '../useElementSize';
import { WeightBars } from './WeightBars';
import { waterfallRows } from './waterfall';

/** The newest terms drawn one by one; older ones are summed into one aggregate bar. */
export const SHOWN_TERMS = 30;
/** Autoplay speed (steps/s) above which the bars jump instead of gliding. */
const FAST_SPEED = 15;

/**
 * "β^k weights": the momentum run's m_t unrolled into η·β^k·g_{t−1−k}, newest first, as a
 * waterfall adding up to m_t; SGD's m_t = η·g_{t−1} beside it; effective memory and total weight.
 */
export function WeightsPanel() {
  const step = usePanelStep();
  const { momentum, sgd } = usePanelRuns();
  const fn = useApp((s) => s.settings.fn);
  const beta = useApp((s) => s.settings.beta);
  const eta = useApp((s) => s.settings.eta);
  const showTerms = useApp((s) => s.settings.terms);
  // Past ~15 steps a second each bar would be retargeted mid-transition anyway; skip the
  // animation then, and save the frames for the plot.
  const still = useApp((s) => s.playing && s.settings.speed > FAST_SPEED);
  const { setShowTerms } = useActions();
  const dim = presetById(fn).dim;
  const box = useRef<HTMLDivElement>(null);
  const { width } = useElementSize(box);

  const t = shownRow(momentum, step);
  const dec = useMemo(() => decompose(momentum, t, SHOWN_TERMS), [momentum, t]);
  const rows = useMemo(() => waterfallRows(dec, dim), [dec, dim]);
  const mM = useMemo(() => rowOf(momentum, 'm', t), [momentum, t]);
  const sgdT = shownRow(sgd, step);
  const mS = useMemo(() => rowOf(sgd, 'm', sgdT), [sgd, sgdT]);
  const stopped = momentum.divergedAt !== null && step >= momentum.divergedAt;

  return (
    <section className="panel anatomy-panel weights" aria-label="β^k weights">
      <h2>
        β<sup>k</sup> weights
      </h2>
      <p className="anatomy-note">
        m<sub>t</sub> = η·(g<sub>t−1</sub> + β·g<sub>t−2</sub> + β²·g<sub>t−3</sub> + …): each past
        gradient counts with a fixed weight β<sup>k</sup> that shrinks with its age k.
      </p>
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
        <span className="swatch swatch-momentum" aria-hidden="true" />
        Momentum m<sub>{dec.t}</sub> = <output data-testid="momentum-m">{formatVector(mM)}</output>,
        the sum of {dec.t} term
        {dec.t === 1 ? '' : 's'}
        <br />
        <span className="swatch swatch-sgd" aria-hidden="true" />
        SGD m<sub>{sgdT}</sub> = η·g<sub>{Math.max(0, sgdT - 1)}</sub> ={' '}
        <output data-testid="sgd-m">{formatVector(mS)}</output>: only the newest term, its own
        gradient
      </p>
      {stopped && (
        <p className="anatomy-warning">
          Momentum diverged at step {momentum.divergedAt}; showing its last finite step, {t}.
        </p>
      )}
      <div ref={box} className={still ? 'weights-bars still' : 'weights-bars'}>
        {dec.t === 0 ? (
          <p className="anatomy-note">At step 0 nothing has accumulated yet: m₀ = 0. Step on.</p>
        ) : (
          width > 0 && (
            <WeightBars rows={rows} momentumM={mM} sgdM={mS} dim={dim} width={width} t={dec.t} />
          )
        )}
      </div>
      {dim === 2 && (
        <label className="toggle">
          <input
            type="checkbox"
            checked={showTerms}
            onChange={(e) => setShowTerms(e.target.checked)}
          />
          <span>
            Draw the terms tip to tail on the surface (from w<sub>t−1</sub> to w<sub>t</sub>)
          </span>
        </label>
      )}
      {/* The wrapper hides it: a table's min-content width ignores the sr-only 1px box. */}
      <div className="sr-only">
        <table>
          <caption>
            β^k terms of momentum m_{dec.t} (η = {eta}, β = {beta}), newest first
          </caption>
          <thead>
            <tr>
              <th scope="col">k</th>
              <th scope="col">weight β^k</th>
              <th scope="col">term η·β^k·g</th>
              <th scope="col">running sum</th>
            </tr>
          </thead>
          <tbody>
            {rows.map((r) => (
              <tr key={r.key}>
                <th scope="row">{r.k === null ? `older (${r.count} terms)` : r.k}</th>
                <td>{formatNumber(r.weight, 6)}</td>
                <td>{formatVector(r.value)}</td>
                <td>{formatVector(r.to)}</td>
              </tr>
            ))}
          </tbody>
        </table>
      </div>
    </section>
  );
}
