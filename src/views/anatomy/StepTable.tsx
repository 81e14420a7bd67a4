import { usePanelRuns, usePanelStep } from './usePanelStep';
import { rowOf, type Trajectory } from '../../core/trajectory';
import { longestRun } from '../../state/runs';
import { formatNumber, formatVector } from '../format';
import { RunSwatch } from '../RunMarker';
import { RUN_STYLE } from '../screen';

/** Rows shown on each side of the step on screen; only this window is ever rendered. */
export const TABLE_HALF_WINDOW = 10;

type Field = 'w' | 'm' | 'grad' | 'loss';
const ALL_FIELDS: readonly Field[] = ['w', 'm', 'grad', 'loss'];
/** With three or four runs ∇L is left out so the table stays readable; the CSV has it. */
const FEW_FIELDS: readonly Field[] = ['w', 'm', 'loss'];
const T = <sub>t</sub>;
const HEADS = {
  w: <>w{T}</>,
  m: <>m{T}</>,
  grad: <>∇L(w{T})</>,
  loss: <>L(w{T})</>,
} as const;

function cell(run: Trajectory, field: Field, t: number): string {
  // A diverged run keeps rows < k only: nothing to show past its end.
  if (t >= run.length) return '—';
  return field === 'loss' ? formatNumber(run.loss[t]) : formatVector(rowOf(run, field, t));
}

/**
 * Every run step by step (t, then w_t, m_t, ∇L, L per run) in a window of ±10 rows around the
 * step on screen, current row highlighted: the table's cost does not grow with the run's length.
 */
export function StepTable() {
  const step = usePanelStep();
  const runs = usePanelRuns();
  const fields = runs.length > 2 ? FEW_FIELDS : ALL_FIELDS;
  const last = longestRun(runs) - 1;
  const from = Math.max(0, Math.min(step - TABLE_HALF_WINDOW, last - 2 * TABLE_HALF_WINDOW));
  const to = Math.min(last, from + 2 * TABLE_HALF_WINDOW);
  const ts: number[] = [];
  for (let t = from; t <= to; t++) ts.push(t);

  return (
    <section className="panel anatomy-panel step-table" aria-labelledby="step-table-title">
      <h2 id="step-table-title">Step by step</h2>
      {/* Focusable so a keyboard can scroll it; its arrow keys are its own (data-keys). */}
      <div
        className="table-scroll"
        tabIndex={0}
        role="region"
        aria-label="Step table, scrolls sideways"
        data-keys="own"
      >
        <table>
          <caption className="sr-only">
            Every run at steps {from} to {to}; step {step} is on screen
          </caption>
          <thead>
            <tr>
              <th rowSpan={2} scope="col">
                t
              </th>
              {runs.map(({ id }) => (
                <th
                  key={id}
                  colSpan={fields.length}
                  scope="colgroup"
                  className={`run-${id} run-head`}
                  style={{ borderBottomColor: RUN_STYLE[id].color }}
                >
                  <RunSwatch run={id} />
                  {RUN_STYLE[id].label}
                </th>
              ))}
            </tr>
            <tr>
              {runs.flatMap(({ id }) =>
                fields.map((f, i) => (
                  <th key={`${id}-${f}`} scope="col" className={i === 0 ? 'run-first' : undefined}>
                    {HEADS[f]}
                  </th>
                )),
              )}
            </tr>
          </thead>
          <tbody>
            {ts.map((t) => (
              <tr
                key={t}
                className={t === step ? 'current' : t > step ? 'ahead' : undefined}
                aria-current={t === step ? 'step' : undefined}
              >
                <th scope="row">{t}</th>
                {runs.flatMap(({ id, run }) =>
                  fields.map((f, i) => (
                    <td key={`${id}-${f}`} className={i === 0 ? 'run-first' : undefined}>
                      {cell(run, f, t)}
                    </td>
                  )),
                )}
              </tr>
            ))}
          </tbody>
        </table>
      </div>
      <p className="anatomy-note">
        m<sub>t</sub> is the step taken, w<sub>t−1</sub> − w<sub>t</sub> (for momentum and Nesterov,
        their m<sub>t</sub>). Rows after the step on screen are dimmed: they are still to come.
        {runs.length > 2 && (
          <>
            {' '}
            With three or more runs ∇L(w<sub>t</sub>) is left out here; Export CSV has it.
          </>
        )}
      </p>
    </section>
  );
}
