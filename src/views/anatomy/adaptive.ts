import { adamBiasCorrections, ADAM_BETA1, ADAM_BETA2 } from '../../core/optimizers/adam';
import type { OptimizerId } from '../../core/optimizers/registry';
import { ADAPTIVE_EPSILON, stateIndex } from '../../core/optimizers/types';
import { rowOf, shownRow, type Trajectory } from '../../core/trajectory';

/** The rules that scale each coordinate's step by its own gradient history (DESIGN §6). */
export type AdaptiveId = Extract<OptimizerId, 'rmsprop' | 'adam' | 'adagrad'>;

const ADAPTIVE: readonly OptimizerId[] = ['rmsprop', 'adam', 'adagrad'];

/** Whether a run is one of the adaptive rules (which have no β^k unrolling). */
export function isAdaptive(id: OptimizerId): id is AdaptiveId {
  return ADAPTIVE.includes(id);
}

/** One coordinate of an adaptive step: what was divided by what. */
export interface AdaptiveCoord {
  /** The gradient step t used. */
  readonly g: number;
  /** Adam's a_t and â_t = a_t/(1−0.9^t); null for RMSProp and AdaGrad (they move along g). */
  readonly a: number | null;
  readonly aHat: number | null;
  /** s_t, and ŝ_t (Adam: s_t/(1−0.999^t); the others: s_t itself). */
  readonly s: number;
  readonly sHat: number;
  /** The per-coordinate step scale η/(√ŝ_t + ε). */
  readonly scale: number;
  /** What the scale multiplies: â_t for Adam, g for the others. */
  readonly direction: number;
  /** The step taken, w_{t−1} − w_t (the run's own number), = scale·direction up to rounding. */
  readonly step: number;
  /** |step|/η: how long the step is in units of η. */
  readonly stepOverEta: number;
}

/** An adaptive run's step t taken apart, coordinate by coordinate. */
export interface AdaptiveAnatomy {
  readonly id: AdaptiveId;
  /** The row shown (a diverged run stops at its last finite step). */
  readonly t: number;
  readonly eta: number;
  readonly coords: readonly AdaptiveCoord[];
  /** Adam's bias corrections [1/(1−0.9^t), 1/(1−0.999^t)]; null for the others. */
  readonly corrections: readonly [number, number] | null;
}

/**
 * Reads an adaptive run's state at the step on screen and recomputes what its rule divided:
 * the scale η/(√ŝ_t + ε) per coordinate and the direction it multiplies. Null at step 0 (no
 * step yet) and for rules that are not adaptive.
 */
export function adaptiveAnatomy(run: Trajectory, step: number): AdaptiveAnatomy | null {
  const id = run.optimizer;
  if (!isAdaptive(id)) return null;
  const t = shownRow(run, step);
  if (t === 0) return null;
  const { eta } = run.settings;
  const d = run.dim;
  const k = run.stateSize;
  const g = rowOf(run, 'used', t);
  const m = rowOf(run, 'm', t);
  const slot = (s: number, i: number) => run.state[stateIndex(t, s, i, k, d)] ?? NaN;
  // Divide as the rule does (a/(1−β^t), not a·(1/(1−β^t))) so the numbers are the rule's own.
  const c1 = 1 - ADAM_BETA1 ** t;
  const c2 = 1 - ADAM_BETA2 ** t;
  const coords = g.map((gi, i): AdaptiveCoord => {
    const adam = id === 'adam';
    const a = adam ? slot(0, i) : null;
    const s = slot(adam ? 1 : 0, i);
    const aHat = a === null ? null : a / c1;
    const sHat = adam ? s / c2 : s;
    const scale = eta / (Math.sqrt(sHat) + ADAPTIVE_EPSILON);
    const stepI = m[i] ?? NaN;
    return {
      g: gi,
      a,
      aHat,
      s,
      sHat,
      scale,
      direction: aHat ?? gi,
      step: stepI,
      stepOverEta: Math.abs(stepI) / eta,
    };
  });
  return { id, t, eta, coords, corrections: id === 'adam' ? adamBiasCorrections(t) : null };
}

/** The smallest and largest |step|/η over the coordinates, for the panel's sentence. */
export function stepRange(a: AdaptiveAnatomy): [number, number] {
  const r = a.coords.map((c) => c.stepOverEta).filter(Number.isFinite);
  return r.length === 0 ? [NaN, NaN] : [Math.min(...r), Math.max(...r)];
}

/** One state slot of row `row` (e.g. Adam's s is slot 1), one number per coordinate. */
export function stateRow(run: Trajectory, row: number, slot: number): number[] {
  const r = shownRow(run, row);
  return Array.from({ length: run.dim }, (_, i) =>
    run.stateSize > slot ? (run.state[stateIndex(r, slot, i, run.stateSize, run.dim)] ?? NaN) : NaN,
  );
}
