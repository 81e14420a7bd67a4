import type { OptimizerId } from '../../core/optimizers/registry';
import { shownRow, type Trajectory } from '../../core/trajectory';

/** A step drawn as an arrow from the current point, in data units. */
export interface StepVector {
  /** Where the arrow starts: w_t. */
  readonly from: readonly [number, number];
  /** The step itself (data units), e.g. w_{t+1} − w_t. */
  readonly delta: readonly [number, number];
}

/** One run's next step at the step on screen. */
export interface RunArrow {
  readonly id: OptimizerId;
  readonly vector: StepVector;
}

/** The arrows shown at the step on screen, in data units. */
export interface StepArrowSet {
  /** Each run's next step w_{t+1} − w_t, in run order; runs with no next step are left out. */
  readonly next: readonly RunArrow[];
  /**
   * The plain gradient step −η∇L(w_t) from the point of the momentum-style run (momentum, else
   * Nesterov), so its next step can be compared with where the gradient alone points; or null.
   */
  readonly grad: RunArrow | null;
  /**
   * The momentum-style run's next step split as the notes write it, m_{t+1} = β·m_t + η·g:
   * −β·m_t from w_t, then −η·g from its tip (g taken at the look-ahead point for Nesterov), so
   * the two laid tip to tail end where the run's next step ends. Null without such a run.
   */
  readonly split: {
    readonly id: OptimizerId;
    readonly carry: StepVector;
    readonly push: StepVector;
  } | null;
}

function point(run: Trajectory, t: number): [number, number] {
  return [run.w[2 * t] ?? 0, run.w[2 * t + 1] ?? 0];
}

/** The step w_{t+1} − w_t, or null at the end of the run (diverged next, or not computed). */
function nextStep(run: Trajectory, step: number): StepVector | null {
  if (run.length === 0) return null;
  const t = shownRow(run, step);
  if (t !== step || t + 1 >= run.length) return null;
  const from = point(run, t);
  const to = point(run, t + 1);
  return { from, delta: [to[0] - from[0], to[1] - from[1]] };
}

/** The arrows for the step on screen: every run's next step, and the momentum run's gradient step. */
export function stepArrows(
  runs: readonly { readonly id: OptimizerId; readonly run: Trajectory }[],
  step: number,
): StepArrowSet {
  const next: RunArrow[] = [];
  for (const { id, run } of runs) {
    const v = nextStep(run, step);
    if (v) next.push({ id, vector: v });
  }
  const heavy = runs.find((e) => e.id === 'momentum') ?? runs.find((e) => e.id === 'nesterov');
  let grad: RunArrow | null = null;
  if (heavy && heavy.run.length > 0) {
    const { run } = heavy;
    const t = shownRow(run, step);
    const eta = run.settings.eta;
    if (t === step)
      grad = {
        id: heavy.id,
        vector: {
          from: point(run, t),
          delta: [-eta * (run.grad[2 * t] ?? 0), -eta * (run.grad[2 * t + 1] ?? 0)],
        },
      };
  }
  return { next, grad, split: splitOf(heavy, step) };
}

function splitOf(
  heavy: { readonly id: OptimizerId; readonly run: Trajectory } | undefined,
  step: number,
): StepArrowSet['split'] {
  if (!heavy || heavy.run.length === 0) return null;
  const { run, id } = heavy;
  const t = shownRow(run, step);
  if (t !== step || t + 1 >= run.length) return null;
  const { eta, beta } = run.settings;
  const from = point(run, t);
  const carry: [number, number] = [-beta * (run.m[2 * t] ?? 0), -beta * (run.m[2 * t + 1] ?? 0)];
  const push: [number, number] = [
    -eta * (run.used[2 * (t + 1)] ?? 0),
    -eta * (run.used[2 * (t + 1) + 1] ?? 0),
  ];
  return {
    id,
    carry: { from, delta: carry },
    push: { from: [from[0] + carry[0], from[1] + carry[1]], delta: push },
  };
}

/** The most the arrows are ever magnified: beyond it, lengths stop meaning anything. */
export const MAX_MAGNIFICATION = 100;

/**
 * The factor all arrows are drawn magnified by so that the longest is at least `minPx` long on
 * screen: 1 when they are already long enough, else the next of 2, 5, 10, 20, 50, 100, never
 * more than MAX_MAGNIFICATION (an arrow still too short is then reported as too small to draw).
 * Arrows of length 0 (a run that stopped moving) never count. `lengthsPx` are in px.
 */
export function arrowMagnification(lengthsPx: readonly number[], minPx: number): number {
  const longest = Math.max(0, ...lengthsPx.filter(Number.isFinite));
  if (!(longest > 0) || longest >= minPx) return 1;
  const need = minPx / longest;
  for (const m of [2, 5, 10, 20, 50, MAX_MAGNIFICATION]) if (m >= need) return m;
  return MAX_MAGNIFICATION;
}
