import type { ReactNode } from 'react';
import { rowOf, shownRow, statusAt, statusText, type Trajectory } from '../core/trajectory';
import { useAppAfterPaint } from '../state/StoreContext';
import { formatNumber } from './format';
import { RunSwatch } from './RunMarker';
import { RUN_STYLE } from './runStyle';
import type { RunEntry } from '../state/runs';

type Field = 'w' | 'm' | 'grad' | 'loss';

const SUBSCRIPT = '₀₁₂₃₄₅₆₇₈₉';

/** A step index as Unicode subscript digits, e.g. 18 → "₁₈". */
export function subscript(n: number): string {
  return String(n).replace(/\d/g, (d) => SUBSCRIPT[Number(d)] ?? d);
}

/** The quantity a row of the readout shows, written for row k (e.g. "w₁₈", "∇L(w₁₈)"). */
function symbolAt(field: Field, k: number, dim: number): string {
  const w = `w${subscript(k)}`;
  switch (field) {
    case 'w':
      return w;
    case 'm':
      return `m${subscript(k)}`;
    case 'grad':
      return `${dim === 1 ? 'L′' : '∇L'}(${w})`;
    case 'loss':
      return `L(${w})`;
  }
}

/**
 * One readout cell. A vector's components stack (so four runs fit side by side). A run that
 * stopped (diverged) before the step on screen shows its last finite row, labelled as such
 * ("w₁₈ = … last finite"), never as if it were the current step's value.
 */
function Cell(props: { run: Trajectory; field: Field; step: number }) {
  const { run, field, step } = props;
  if (run.length === 0) return <>—</>;
  const t = shownRow(run, step);
  const values = field === 'loss' ? [run.loss[t] ?? NaN] : rowOf(run, field, t);
  const text =
    values.length === 1 ? (
      formatNumber(values[0])
    ) : (
      <span className="vec">
        {values.map((v, i) => (
          <span key={i}>
            {i === 0 ? '(' : ' '}
            {formatNumber(v)}
            {i === values.length - 1 ? ')' : ','}
          </span>
        ))}
      </span>
    );
  if (t >= step) return text;
  return (
    <span className="stale">
      <span className="stale-symbol">{symbolAt(field, t, run.dim)} = </span>
      {text}
      <span className="stale-note"> last finite</span>
    </span>
  );
}

/** The readout's rows w_t … L(w_t) (the status row follows): their field and label. */
function fieldRows(dim: number): { field: Field; label: ReactNode }[] {
  return [
    {
      field: 'w',
      label: (
        <>
          w<sub>t</sub>
        </>
      ),
    },
    {
      field: 'm',
      label: (
        <>
          m<sub>t</sub>
        </>
      ),
    },
    {
      field: 'grad',
      label: (
        <>
          {dim === 1 ? 'L′' : '∇L'}(w<sub>t</sub>)
        </>
      ),
    },
    {
      field: 'loss',
      label: (
        <>
          L(w<sub>t</sub>)
        </>
      ),
    },
  ];
}

/** One table: a column per run, a row per quantity, then the status. */
function ReadoutTable(props: {
  runs: readonly RunEntry[];
  step: number;
  dim: number;
  /** Run columns to lay out, so a last table of one run lines up with the tables above. */
  columns: number;
}) {
  const { runs, step, dim, columns } = props;
  return (
    <table>
      <colgroup>
        <col className="readout-label-col" />
        {Array.from({ length: columns }, (_, i) => (
          <col key={i} />
        ))}
      </colgroup>
      <thead>
        <tr>
          <td />
          {runs.map(({ id }) => (
            <th key={id} scope="col" data-run={id}>
              <RunSwatch run={id} />
              {RUN_STYLE[id].label}
            </th>
          ))}
        </tr>
      </thead>
      <tbody>
        {fieldRows(dim).map(({ field, label }) => (
          <tr key={field}>
            <th scope="row">{label}</th>
            {runs.map(({ id, run }) => (
              <td key={id} data-run={id} data-field={field}>
                <Cell run={run} field={field} step={step} />
              </td>
            ))}
          </tr>
        ))}
        <tr>
          <th scope="row">status</th>
          {runs.map(({ id, run }) => {
            const status = statusAt(run, step);
            return (
              <td
                key={id}
                data-run={id}
                data-field="status"
                className={`run-status status-${status.kind}`}
              >
                {statusText(status)}
              </td>
            );
          })}
        </tr>
      </tbody>
    </table>
  );
}

/**
 * Runs a table holds side by side: two columns of 2D points at five significant digits fill the
 * side column.
 */
const RUNS_PER_TABLE = 2;

/**
 * The numbers for the step on screen: t, and for each run w_t, m_t, ∇L(w_t), L(w_t) and status.
 * Three or four runs take two tables of two, one above the other, so every number stays in view
 * without scrolling sideways.
 */
export function Readout() {
  // A paint behind the plot: a slider's frame carries the slider and the plot only.
  const step = useAppAfterPaint((s) => s.step);
  const runs = useAppAfterPaint((s) => s.runs);
  const dim = useAppAfterPaint((s) => s.problem.dim);
  const tables: RunEntry[][] = [];
  for (let i = 0; i < runs.length; i += RUNS_PER_TABLE)
    tables.push(runs.slice(i, i + RUNS_PER_TABLE));

  return (
    <section className="panel readout" aria-label="Readout">
      <h2 className="step-label">Step {step}</h2>
      <div
        className="readout-scroll"
        // Focusable so a keyboard can scroll it should a narrow screen still be too narrow.
        tabIndex={0}
        role="group"
        aria-label="Readout numbers"
      >
        {tables.map((group) => (
          <ReadoutTable
            key={group.map((r) => r.id).join()}
            runs={group}
            step={step}
            dim={dim}
            columns={tables.length > 1 ? RUNS_PER_TABLE : group.length}
          />
        ))}
      </div>
    </section>
  );
}
