import { shownRow, type Trajectory } from '../../core/trajectory';

/** A step drawn as an arrow from the current point, in data units. */
export interface StepVector {
  /** Where the arrow starts: w_t. */
  readonly from: readonly [number, number];
  /** The step itself (data units), e.g. w_{t+1} − w_t. */
  readonly delta: readonly [number, number];
}

/** The arrows shown at the step on screen, in data units. */
export interface StepArrowSet {
  /** SGD's next step −η∇L(w_t), from its current point; null when it has none. */
  readonly sgdNext: StepVector | null;
  /** Momentum's plain gradient step −η∇L(w_t), from its current point. */
  readonly momentumGrad: StepVector | null;
  /** Momentum's next step −m_{t+1} = −β·m_t − η∇L(w_t), from its current point. */
  readonly momentumNext: StepVector | null;
}

function point(run: Trajectory, t: number): [number, number] {
  return [run.w[2 * t] ?? 0, run.w[2 * t + 1] ?? 0];
}

/** The step w_{t+1} − w_t = −m_{t+1}, or null at the end of the run (diverged next, or not computed). */
function nextStep(run: Trajectory, step: number): StepVector | null {
  if (run.length === 0) return null;
  const t = shownRow(run, step);
  if (t !== step || t + 1 >= run.length) return null;
  const from = point(run, t);
  const to = point(run, t + 1);
  return { from, delta: [to[0] - from[0], to[1] - from[1]] };
}

/** The arrows for the step on screen: both runs' next steps, and momentum's gradient step. */
export function stepArrows(
  sgd: Trajectory,
  momentum: Trajectory,
  step: number,
  eta: number,
): StepArrowSet {
  let momentumGrad: StepVector | null = null;
  if (momentum.length > 0) {
    const t = shownRow(momentum, step);
    if (t === step) {
      momentumGrad = {
        from: point(momentum, t),
        delta: [-eta * (momentum.grad[2 * t] ?? 0), -eta * (momentum.grad[2 * t + 1] ?? 0)],
      };
    }
  }
  return { sgdNext: nextStep(sgd, step), momentumGrad, momentumNext: nextStep(momentum, step) };
}

/**
 * The factor all arrows are drawn magnified by so that the longest is at least `minPx` long on
 * screen: 1 when they are already long enough, else the next of 2, 5, 10, 20, 50, … Drawing
 * every arrow with the same factor keeps their lengths comparable. `lengthsPx` are in px.
 */
export function arrowMagnification(lengthsPx: readonly number[], minPx: number): number {
  const longest = Math.max(0, ...lengthsPx.filter(Number.isFinite));
  if (!(longest > 0) || longest >= minPx) return 1;
  const need = minPx / longest;
  for (let decade = 1; decade < 1e12; decade *= 10) {
    for (const m of [1, 2, 5]) if (m * decade >= need) return m * decade;
  }
  return 1;
}
