import { detectCycle, type Cycle } from './cycles';
import type { Trajectory } from './trajectory';

/** What a run's status reads at step t on screen (DESIGN §1, plus cycles and noise). */
export type RunStatus =
  | { kind: 'running' }
  | { kind: 'converged'; step: number }
  | { kind: 'diverged'; step: number }
  /** Revisits the same `period` points forever, from step `step` on (it never converges). */
  | { kind: 'cycling'; step: number; period: number }
  /** With gradient noise the run cannot converge; it hovers at a loss level. */
  | { kind: 'hovering'; meanLoss: number; window: number };

/** Steps whose mean loss a noisy run's status reports. */
export const HOVER_WINDOW = 100;
/**
 * Longest windows compared to decide that a noisy run has stopped descending: means over 500
 * steps are steady enough (a few dozen independent draws even at β = 0.9) that a halving means
 * descent, not chance.
 */
export const SETTLE_WINDOW = 500;

/**
 * The windows compared at row t: a quarter of the steps so far, between HOVER_WINDOW and
 * SETTLE_WINDOW. Short enough that the first descent has left both windows once the run has
 * spent three quarters of its steps hovering (so step 1000 of a run that settled by step 100
 * reads "hovering", not "running"), long enough to average the noise.
 */
export function settleWindow(t: number): number {
  return Math.min(SETTLE_WINDOW, Math.max(HOVER_WINDOW, Math.floor((t + 1) / 4)));
}

// Cycle detection looks at a whole computed run; a run object is immutable, so once is enough.
const cycles = new WeakMap<Trajectory, Cycle | null>();

function cycleOf(run: Trajectory): Cycle | null {
  if (cycles.has(run)) return cycles.get(run) ?? null;
  const c = run.divergedAt === null ? detectCycle(run.w, run.dim, run.length) : null;
  cycles.set(run, c);
  return c;
}

function minLoss(run: Trajectory, from: number, to: number): number {
  let min = Infinity;
  for (let k = from; k <= to; k++) min = Math.min(min, run.loss[k] ?? Infinity);
  return min;
}

function meanLoss(run: Trajectory, from: number, to: number): number {
  let sum = 0;
  for (let k = from; k <= to; k++) sum += run.loss[k] ?? 0;
  return sum / (to - from + 1);
}

/**
 * The status of a run once the step on screen has reached t. Divergence and convergence come
 * first (DESIGN §1); a run that revisits the same points reads "cycles with period p from step
 * k" once t reaches k; with noise it can never converge, and once its mean loss has stopped
 * falling it reads "hovering" with the last 100 steps' mean. Stopped falling: over the last
 * settleWindow(t) steps, its mean height above the lowest loss of both windows is above half
 * that of as many steps before.
 */
export function statusAt(run: Trajectory, t: number): RunStatus {
  if (run.divergedAt !== null && t >= run.divergedAt)
    return { kind: 'diverged', step: run.divergedAt };
  if (run.convergedAt !== null && t >= run.convergedAt)
    return { kind: 'converged', step: run.convergedAt };
  const row = Math.min(t, run.length - 1);
  if (run.settings.noise) {
    const n = settleWindow(row);
    if (row >= 2 * n - 1) {
      // Heights above the lowest loss of both windows, not losses: a loss may be negative (the
      // double well hovers near −1.07), and halving a negative mean means nothing.
      const floor = minLoss(run, row - 2 * n + 1, row);
      const recent = meanLoss(run, row - n + 1, row) - floor;
      const before = meanLoss(run, row - 2 * n + 1, row - n) - floor;
      if (recent > 0.5 * before || Math.abs(recent - before) < 1e-12)
        return {
          kind: 'hovering',
          meanLoss: meanLoss(run, row - HOVER_WINDOW + 1, row),
          window: HOVER_WINDOW,
        };
    }
    return { kind: 'running' };
  }
  const cycle = cycleOf(run);
  if (cycle && t >= cycle.from) return { kind: 'cycling', step: cycle.from, period: cycle.period };
  return { kind: 'running' };
}

/** The status as the words shown on screen, e.g. "converged at step 42". */
export function statusText(status: RunStatus): string {
  switch (status.kind) {
    case 'running':
      return 'running';
    case 'converged':
    case 'diverged':
      return `${status.kind} at step ${status.step}`;
    case 'cycling':
      return `cycles with period ${status.period} from step ${status.step}`;
    case 'hovering':
      return `hovering: mean loss over the last ${status.window} steps ${formatLoss(status.meanLoss)}`;
  }
}

/** Three significant digits with the typographic minus the readout's numbers use. */
function formatLoss(x: number): string {
  return Number(x.toPrecision(3)).toString().replace('-', '\u2212');
}
