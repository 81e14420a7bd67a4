import { usePanelRuns, usePanelStep } from './usePanelStep';
import { rowOf, type Trajectory } from '../../core/trajectory';
import { formatNumber, formatVector } from '../format';
import { RUN_NAMES, RUN_STYLE } from '../screen';

/** Rows shown on each side of the step on screen; only this window is ever rendered. */
export const TABLE_HALF_WINDOW = 10;

const FIELDS = ['w', 'm', 'grad', 'loss'] as const;
const HEADS = { w: 'w_t', m: 'm_t', grad: '∇L(w_t)', loss: 'L(w_t)' } as const;

function cell(run: Trajectory, field: (typeof FIELDS)[number], t: number): string {
  // A diverged run keeps rows < k only: nothing to show past its end.
  if (t >= run.length) return '—';
  return field === 'loss' ? formatNumber(run.loss[t]) : formatVector(rowOf(run, field, t));
}

/**
 * Both runs step by step (t, w_t, m_t, ∇L, L) in a window of ±10 rows around the step on
 * screen, current row highlighted: the table's cost does not grow with the run's length.
 */
export function StepTable() {
  const step = usePanelStep();
  const runs = usePanelRuns();
  const last = Math.max(runs.sgd.length, runs.momentum.length) - 1;
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
            Both runs at steps {from} to {to}; step {step} is on screen
          </caption>
          <thead>
            <tr>
              <th rowSpan={2} scope="col">
                t
              </th>
              {RUN_NAMES.map((name) => (
                <th key={name} colSpan={FIELDS.length} scope="colgroup" className={`run-${name}`}>
                  <span className={`swatch swatch-${name}`} aria-hidden="true" />
                  {RUN_STYLE[name].label}
                </th>
              ))}
            </tr>
            <tr>
              {RUN_NAMES.flatMap((name) =>
                FIELDS.map((f) => (
                  <th key={`${name}-${f}`} scope="col">
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
                {RUN_NAMES.flatMap((name) =>
                  FIELDS.map((f) => <td key={`${name}-${f}`}>{cell(runs[name], f, t)}</td>),
                )}
              </tr>
            ))}
          </tbody>
        </table>
      </div>
      <p className="anatomy-note">
        Rows after the step on screen are dimmed: they are still to come.
      </p>
    </section>
  );
}
