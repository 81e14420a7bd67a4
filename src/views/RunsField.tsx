import { memo, useId } from 'react';
import { MAX_RUNS, MIN_RUNS, OPTIMIZERS, type OptimizerId } from '../core/optimizers/registry';
import { MAX_ETA } from '../state/settings';
import { useApp } from '../state/StoreContext';
import { NumberBox, parseTyped } from './NumberBox';
import { RunSwatch } from './RunMarker';
import { RUN_STYLE } from './runStyle';

const showNumber = (n: number) => String(n);

/**
 * The "Runs" group: one checkbox per optimizer (1 to 4 shown at once; the boxes that would break
 * that are disabled, with the reason said), and for each shown run its own η, linked to the
 * shared η until changed.
 */
export const RunsField = memo(function RunsField() {
  const opt = useApp((s) => s.settings.opt);
  const toggleRun = useApp((s) => s.toggleRun);
  const reasonId = useId();
  const full = opt.length >= MAX_RUNS;
  const single = opt.length <= MIN_RUNS;
  const reason = full
    ? `At most ${MAX_RUNS} runs at once: uncheck one to add another.`
    : single
      ? 'At least one run stays shown.'
      : null;
  return (
    <fieldset className="field runs-field">
      <legend>Runs</legend>
      <div className="runs-boxes">
        {OPTIMIZERS.map((o) => {
          const on = opt.includes(o.id);
          const disabled = on ? single : full;
          return (
            <label key={o.id} className={`run-check${disabled ? ' is-disabled' : ''}`}>
              <input
                type="checkbox"
                checked={on}
                disabled={disabled}
                aria-describedby={disabled ? reasonId : undefined}
                onChange={(e) => toggleRun(o.id, e.target.checked)}
              />
              <RunSwatch run={o.id} />
              {o.name}
            </label>
          );
        })}
      </div>
      <p id={reasonId} className="runs-reason" aria-live="polite">
        {reason}
      </p>
      <RunEtas />
    </fieldset>
  );
});

/** One small η box per shown run: shows the shared η (linked) until the run gets its own. */
function RunEtas() {
  const opt = useApp((s) => s.settings.opt);
  return (
    <table className="run-etas">
      <caption className="sr-only">Learning rate of each run</caption>
      <tbody>
        {opt.map((id) => (
          <RunEtaRow key={id} id={id} />
        ))}
      </tbody>
    </table>
  );
}

function RunEtaRow(props: { id: OptimizerId }) {
  const { id } = props;
  const shared = useApp((s) => s.settings.eta);
  const own = useApp((s) => s.settings.etaByRun[id]);
  const setRunEta = useApp((s) => s.setRunEta);
  const label = RUN_STYLE[id].label;
  return (
    <tr data-run={id}>
      <th scope="row">
        <RunSwatch run={id} /> η<sub>{label}</sub>
      </th>
      <td>
        <NumberBox
          label={`${label} learning rate`}
          value={own ?? shared}
          width="5.5em"
          show={showNumber}
          parse={(t) =>
            parseTyped(t, (n) => (n > 0 && n <= MAX_ETA ? null : `η must be > 0 and ≤ ${MAX_ETA}`))
          }
          onCommit={(eta) => {
            // Typing the shared value leaves the run linked to the slider.
            if (own === undefined && eta === shared) return;
            setRunEta(id, eta);
          }}
        />
      </td>
      <td>
        {own === undefined ? (
          <small className="eta-linked">linked to η</small>
        ) : (
          <button
            type="button"
            className="link-button"
            onClick={() => setRunEta(id, null)}
            aria-label={`Link ${label}'s learning rate to the shared η`}
          >
            link to η
          </button>
        )}
      </td>
    </tr>
  );
}
