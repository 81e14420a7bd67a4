import type { OptimizerId } from '../../core/optimizers/registry';
import { formatNumber, formatVector } from '../format';
import { subscript, type WaterfallRow } from './waterfall';

/** How the caption names the unrolled run ("β^k terms of momentum m_3"). */
const CAPTION_NAME: Partial<Record<OptimizerId, string>> = {
  momentum: 'momentum',
  nesterov: 'Nesterov (gradients at the look-ahead points)',
};

/**
 * The β^k terms as a table for assistive tech (the waterfall is decorative): age k, weight,
 * the term η·β^k·g and the running sum. Visually hidden by its wrapper.
 */
export function TermsTable(props: {
  id: OptimizerId;
  rows: readonly WaterfallRow[];
  t: number;
  eta: number;
  beta: number;
}) {
  const { id, rows, t, eta, beta } = props;
  return (
    // The wrapper hides it: a table's min-content width ignores the sr-only 1px box.
    <div className="sr-only">
      <table>
        <caption>
          β^k terms of {CAPTION_NAME[id] ?? id} m{subscript(t)} (η = {eta}, β = {beta}), newest
          first
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
  );
}
