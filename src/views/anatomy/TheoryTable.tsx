import type { ReactNode } from 'react';
import type { OptimizerId } from '../../core/optimizers/registry';
import { betaFloor } from '../../core/stability';
import { formatNumber } from '../format';
import { RunSwatch } from '../RunMarker';
import { RUN_STYLE } from '../screen';
import { nesterovBetaRange, type RulePrediction } from './theoryRows';

function rateText(p: RulePrediction): string {
  if (!p.stable) return 'diverges (ρ ≥ 1)';
  return `ρ = ${formatNumber(p.rate, 5)} per step, about ${formatNumber(p.steps)} steps to shrink the error 10⁶×`;
}

const LMAX = (
  <>
    λ<sub>max</sub>
  </>
);

/** How each rule's limit is written, with a real subscript. */
const BOUND: Record<RulePrediction['id'], ReactNode> = {
  sgd: <>2/{LMAX}</>,
  momentum: <>(2+2β)/{LMAX}</>,
  nesterov: <>(2+2β)/((1+2β)·{LMAX})</>,
};

/** A phrase that may name η·λ_max, with the subscript typeset. */
function withSubscript(text: string): ReactNode {
  const [head, ...rest] = text.split('λ_max');
  return rest.length === 0 ? (
    text
  ) : (
    <>
      {head}
      {LMAX}
      {rest.join('λ_max')}
    </>
  );
}

/**
 * SGD's, momentum's and Nesterov's stability limit on η and predicted rate, one row each; rows
 * for rules not among the runs are dimmed (they use the shared η).
 */
export function TheoryTable(props: {
  rows: readonly RulePrediction[];
  shown: readonly OptimizerId[];
  lambdaMax: number;
}) {
  const { rows, shown, lambdaMax } = props;
  return (
    <table className="theory-table">
      <thead>
        <tr>
          <th scope="col">run</th>
          <th scope="col">stable while</th>
          <th scope="col">predicted</th>
        </tr>
      </thead>
      <tbody>
        {rows.map((p) => {
          const on = shown.includes(p.id);
          const x = p.eta * lambdaMax;
          const extra =
            p.id === 'momentum' && x > 2
              ? `needs β > ${formatNumber(betaFloor(p.eta, lambdaMax))}`
              : p.id === 'nesterov'
                ? nesterovBetaRange(x)
                : null;
          return (
            <tr key={p.id} className={on ? undefined : 'theory-off'} data-run={p.id}>
              <th scope="row">
                <RunSwatch run={p.id} />
                {RUN_STYLE[p.id].label}
                {!on && <span className="theory-off-note"> (not shown)</span>}
              </th>
              <td>
                η &lt; {BOUND[p.id]} = {formatNumber(p.etaLimit)}
                {extra && <> ({withSubscript(extra)})</>}
              </td>
              <td data-testid={`${p.id}-rate`}>{rateText(p)}</td>
            </tr>
          );
        })}
      </tbody>
    </table>
  );
}
