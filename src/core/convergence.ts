import { statusText, type RunStatus } from './status';

/** How the two runs' convergence compares, once it can be told (DESIGN §1 convergence rule). */
export type ConvergenceComparison =
  | { readonly kind: 'pending'; readonly text: string }
  | {
      readonly kind: 'both';
      /** Steps each run needed: the first k with ‖∇L(w_k)‖ < 1e-6 and ‖m_k‖ < 1e-6. */
      readonly sgdSteps: number;
      readonly momentumSteps: number;
      /** sgdSteps / momentumSteps: > 1 means momentum needed fewer steps. */
      readonly ratio: number;
      readonly winner: 'momentum' | 'sgd' | 'tie';
      readonly text: string;
    };

/** A ratio as people say it: one decimal below 10 (3.2×), whole numbers above (14×). */
export function formatRatio(r: number): string {
  return r < 9.95 ? r.toFixed(1) : String(Math.round(r));
}

function describe(name: string, s: RunStatus): string {
  return s.kind === 'running' ? `${name} is still running` : `${name} ${statusText(s)}`;
}

/**
 * Compares the runs' statuses at the step on screen. Only when both have converged is there a
 * ratio; it says honestly when momentum needed more steps than SGD, and never divides by zero.
 */
export function compareConvergence(sgd: RunStatus, momentum: RunStatus): ConvergenceComparison {
  if (sgd.kind !== 'converged' || momentum.kind !== 'converged') {
    const text =
      sgd.kind === 'running' && momentum.kind === 'running'
        ? 'Neither run has converged yet.'
        : `${describe('Momentum', momentum)}; ${describe('SGD', sgd)}.`;
    return { kind: 'pending', text: text.charAt(0).toUpperCase() + text.slice(1) };
  }
  const s = sgd.step;
  const m = momentum.step;
  const counts = `(${m} vs ${s} steps)`;
  if (s === m) {
    return {
      kind: 'both',
      sgdSteps: s,
      momentumSteps: m,
      ratio: 1,
      winner: 'tie',
      text: `Both converged at step ${s}: momentum was no faster.`,
    };
  }
  // Both share w₀, so only a start that is already converged gives step 0, and then both do;
  // guard anyway so the ratio stays finite.
  const ratio = s / Math.max(m, 1);
  if (m < s)
    return {
      kind: 'both',
      sgdSteps: s,
      momentumSteps: m,
      ratio,
      winner: 'momentum',
      text: `Momentum converged ${formatRatio(ratio)}× faster ${counts}.`,
    };
  return {
    kind: 'both',
    sgdSteps: s,
    momentumSteps: m,
    ratio,
    winner: 'sgd',
    text: `Momentum converged ${formatRatio(1 / ratio)}× slower than SGD ${counts}.`,
  };
}
