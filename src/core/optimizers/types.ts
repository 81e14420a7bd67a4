/**
 * An optimizer is a small value: a name, the hyperparameters it reads and one `update` that
 * turns the previous step's state and gradient into this step's move (in the spirit of optax's
 * GradientTransformation). The trajectory loop owns the storage; rules never allocate.
 */

/** The hyperparameters a person sets: η (learning rate) and β (momentum of momentum/Nesterov). */
export interface Hyper {
  /** Learning rate η > 0. */
  readonly eta: number;
  /** Momentum β, 0 ≤ β < 1; read only by rules with `usesBeta`. */
  readonly beta: number;
}

/**
 * What one update sees and writes, reused from step to step (no allocation per step).
 * All arrays are flat over rows: row r, coordinate i at r·dim + i (state: r·stateSize·dim + …).
 */
export interface StepIO {
  /** Parameters per point. */
  dim: number;
  /** The step being computed, t ≥ 1: it moves w_{t−1} to w_t. */
  t: number;
  /** Every computed w row; w_{t−1} starts at `prev`·dim. */
  readonly w: Float64Array;
  /** Every computed step row (the step taken, w_{t−1} − w_t); m_{t−1} starts at `prev`·dim. */
  readonly m: Float64Array;
  /** Row index t − 1. */
  prev: number;
  /** ∇L(w_{t−1}) plus this step's noise σ·ξ_t: the gradient a plain rule uses. */
  readonly g: number[];
  /** The rule's own per-row state (e.g. Adam's a and s), stateSize·dim numbers a row. */
  readonly state: Float64Array;
  readonly hyper: Hyper;
  /** ∇L at another point plus this step's noise σ·ξ_t (Nesterov's look-ahead), into `out`. */
  readonly gradAt: (point: number[], out: number[]) => void;
  /** Scratch space of dim numbers the rule may use. */
  readonly scratch: number[];
  /** Out: the gradient this step actually used (dim numbers), recorded per row for the anatomy. */
  readonly used: number[];
  /** Out: the move, so that w_t = w_{t−1} − step (dim numbers). */
  readonly step: number[];
}

/** One update rule of DESIGN §6. */
export interface Optimizer<Id extends string = string> {
  /** Stable id used in URLs and CSV (DESIGN §6). */
  readonly id: Id;
  /** Name shown in legends and checkboxes. */
  readonly name: string;
  /** Whether β changes the run (so a β change must recompute it). */
  readonly usesBeta: boolean;
  /** Numbers of state per coordinate kept for every row (0 when the step history is the state). */
  readonly stateSize: number;
  /** Names of the state slots, in order, for readouts (e.g. ['a', 's']). */
  readonly stateNames: readonly string[];
  /** The rule as TeX, in this app's notation, for the update panel. */
  readonly tex: string;
  /** Computes step t from row t − 1: writes io.step and io.used, and state row t. */
  readonly update: (io: StepIO) => void;
}

/** Row r's state slot k of coordinate i, in the flat per-row state layout. */
export function stateIndex(
  row: number,
  slot: number,
  i: number,
  stateSize: number,
  dim: number,
): number {
  return (row * stateSize + slot) * dim + i;
}

/** The ε added under the square root of the adaptive rules (DESIGN §6). */
export const ADAPTIVE_EPSILON = 1e-8;
