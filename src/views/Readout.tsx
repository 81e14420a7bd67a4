import type { ReactNode } from 'react';
import { rowOf, shownRow, statusAt, statusText, type Trajectory } from '../core/trajectory';
import { useApp } from '../state/StoreContext';
import { formatVector, formatNumber } from './format';
import { RunSwatch } from './RunMarker';
import { RUN_STYLE } from './runStyle';

type Field = 'w' | 'm' | 'grad' | 'loss';

function cell(run: Trajectory, field: Field, t: number): string {
  if (run.length === 0) return '—';
  return field === 'loss' ? formatNumber(run.loss[t]) : formatVector(rowOf(run, field, t));
}

/** The numbers for the step on screen: t, and for each run w_t, m_t, ∇L(w_t), L(w_t) and status. */
export function Readout() {
  const step = useApp((s) => s.step);
  const runs = useApp((s) => s.runs);
  const dim = useApp((s) => s.problem.dim);
  const rows: { field: Field; label: ReactNode }[] = [
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
          {dim === 1 ? 'dL/dw' : '∇L'}(w<sub>t</sub>)
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

  return (
    <section className="panel readout" aria-label="Readout">
      <h2 className="step-label">Step {step}</h2>
      <table>
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
          {rows.map(({ field, label }) => (
            <tr key={field}>
              <th scope="row">{label}</th>
              {runs.map(({ id: name, run }) => {
                return (
                  <td key={name} data-run={name} data-field={field}>
                    {cell(run, field, shownRow(run, step))}
                  </td>
                );
              })}
            </tr>
          ))}
          <tr>
            <th scope="row">status</th>
            {runs.map(({ id: name, run }) => {
              const status = statusAt(run, step);
              return (
                <td
                  key={name}
                  data-run={name}
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
    </section>
  );
}
