import type { Formula } from './equations';

/** One typeset line of the update panel. */
export interface EqLine {
  /** Stable React key within the run's block. */
  readonly key: string;
  readonly formula: Formula;
  /** A test id for the lines tests read (e.g. "eq-momentum-m"). */
  readonly testId?: string;
}

/** A run's update at the step on screen: the lines with numbers, and what to say about them. */
export interface RunEquations {
  /** The row shown (a diverged run stops at its last finite step). */
  readonly t: number;
  readonly lines: readonly EqLine[];
  /** m_t unrolled into β^k terms (momentum and Nesterov, in these notes' spelling). */
  readonly unrolled: Formula | null;
  /** Short sentences under the lines. */
  readonly notes: readonly string[];
}
