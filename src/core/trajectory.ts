import { optimizerById, type OptimizerId } from './optimizers/registry';
import type { StepIO } from './optimizers/types';
import type { Vec } from './vector';

/** Magnitude past which a coordinate of w or L(w) counts as diverged (DESIGN §1). */
export const DIVERGENCE_LIMIT = 1e12;
/** Both ‖∇L(w_k)‖ and ‖m_k‖ below this means converged at step k (DESIGN §1). */
export const CONVERGENCE_TOLERANCE = 1e-6;
/** The most steps a run is ever computed to (the URL's step limit). */
export const MAX_STEPS = 100_000;

/** What a run descends: L and its exact gradient in `dim` parameters. */
export interface Objective {
  readonly dim: number;
  readonly loss: (w: Vec) => number;
  readonly grad: (w: Vec, out: number[]) => number[];
}

/** Gradient noise shared by every run: σ·ξ_t for step t ≥ 1 (DESIGN §8). */
export interface GradientNoise {
  /** Writes σ·ξ_t (dim numbers) into `out`; t ≥ 1. */
  readonly fill: (t: number, out: number[]) => void;
}

/** The settings a run is computed from. */
export interface RunSettings {
  /** Start point w₀ (length = dim). */
  readonly w0: Vec;
  /** Learning rate η > 0. */
  readonly eta: number;
  /** Momentum 0 ≤ β < 1 (read by momentum and Nesterov only). */
  readonly beta: number;
  /** The update rule (DESIGN §6); heavy-ball momentum when left out (β = 0 is then SGD). */
  readonly optimizer?: OptimizerId;
  /** Gradient noise added at every step, shared by all runs; none when left out. */
  readonly noise?: GradientNoise | null;
}

/**
 * A computed run, rows 0 … length−1, stored flat (row t, coordinate i at t·dim + i) so that
 * 100000 steps stay compact. Row t holds w_t, m_t (the step taken, w_{t−1} − w_t; 0 at t = 0),
 * ∇L(w_t) and L(w_t), plus the gradient step t used and the rule's state.
 * Treat as immutable: extending a run returns a new object. The arrays may hold spare rows past
 * `length` (capacity for extension); only rows below `length` are meaningful.
 */
export interface Trajectory {
  readonly dim: number;
  readonly settings: RunSettings;
  /** The rule that made it. */
  readonly optimizer: OptimizerId;
  /** Number of valid rows. */
  readonly length: number;
  readonly w: Float64Array;
  /** The step taken, w_{t−1} − w_t (for momentum and Nesterov this is m_t). */
  readonly m: Float64Array;
  /** The exact ∇L(w_t), without noise. */
  readonly grad: Float64Array;
  readonly loss: Float64Array;
  /** Row t: the gradient step t used (noise included; Nesterov's at its look-ahead point); 0 at t = 0. */
  readonly used: Float64Array;
  /** The rule's state per row, stateSize·dim numbers a row (e.g. Adam's a_t then s_t). */
  readonly state: Float64Array;
  /** State numbers per coordinate (0 for rules whose state is the step history). */
  readonly stateSize: number;
  /** Step k whose w_k or L(w_k) blew up (non-finite or > 1e12); the run keeps rows < k. */
  readonly divergedAt: number | null;
  /** First step k with ‖∇L(w_k)‖ < 1e-6 and ‖m_k‖ < 1e-6, among the rows computed. */
  readonly convergedAt: number | null;
}

/**
 * The smallest normal float64. A settled run's coordinates decay below it into subnormals, where
 * x86 arithmetic is ~100× slower (a ravine run to 100000 steps spent most of its time there), so
 * stored values smaller than this are flushed to 0 — a change some 1e296 times below DESIGN §1's
 * tolerance of 1e-9·max(|v|, 1e-3).
 */
const MIN_NORMAL = 2.2250738585072014e-308;

function flush(x: number): number {
  return x > -MIN_NORMAL && x < MIN_NORMAL ? 0 : x;
}

function isBlownUp(x: number): boolean {
  return !Number.isFinite(x) || Math.abs(x) > DIVERGENCE_LIMIT;
}

function rowConverged(t: Trajectory | Scratch, row: number): boolean {
  const d = t.dim;
  let g = 0;
  let m = 0;
  for (let i = 0; i < d; i++) {
    const gi = t.grad[row * d + i] ?? 0;
    const mi = t.m[row * d + i] ?? 0;
    g += gi * gi;
    m += mi * mi;
  }
  return Math.sqrt(g) < CONVERGENCE_TOLERANCE && Math.sqrt(m) < CONVERGENCE_TOLERANCE;
}

interface Scratch {
  dim: number;
  stateSize: number;
  w: Float64Array;
  m: Float64Array;
  grad: Float64Array;
  loss: Float64Array;
  used: Float64Array;
  state: Float64Array;
}

function allocate(dim: number, stateSize: number, rows: number): Scratch {
  return {
    dim,
    stateSize,
    w: new Float64Array(rows * dim),
    m: new Float64Array(rows * dim),
    grad: new Float64Array(rows * dim),
    loss: new Float64Array(rows),
    used: new Float64Array(rows * dim),
    state: new Float64Array(rows * dim * stateSize),
  };
}

/** The optimizer a run's settings name (heavy-ball momentum when none is named). */
export function runOptimizer(settings: RunSettings): OptimizerId {
  return settings.optimizer ?? 'momentum';
}

/**
 * Runs the settings' optimizer from w₀ for `steps` steps (rows 0 … steps), stopping early at the
 * first diverged step. With no optimizer named this is heavy-ball momentum:
 * m_0 = 0; m_t = β·m_{t−1} + η·∇L(w_{t−1}); w_t = w_{t−1} − m_t.
 */
export function runTrajectory(f: Objective, settings: RunSettings, steps: number): Trajectory {
  const d = f.dim;
  const optimizer = runOptimizer(settings);
  const s = allocate(d, optimizerById(optimizer).stateSize, 1);
  const w0 = Array.from({ length: d }, (_, i) => settings.w0[i] ?? 0);
  const l0 = f.loss(w0);
  const g0 = f.grad(w0, new Array<number>(d).fill(0));
  if (w0.some(isBlownUp) || isBlownUp(l0)) {
    return freeze(s, settings, optimizer, 0, 0, null);
  }
  s.w.set(w0);
  s.grad.set(g0);
  s.loss[0] = l0;
  const first = freeze(s, settings, optimizer, 1, null, rowConverged(s, 0) ? 0 : null);
  return extendTrajectory(f, first, steps);
}

/** Continues a run to `steps` steps (rows 0 … steps), or returns it unchanged if it already stops there. */
export function extendTrajectory(f: Objective, run: Trajectory, steps: number): Trajectory {
  const target = Math.min(Math.max(0, Math.floor(steps)), MAX_STEPS) + 1;
  if (run.divergedAt !== null || run.length === 0 || run.length >= target) return run;
  const d = run.dim;
  const rule = optimizerById(run.optimizer);
  const noise = run.settings.noise ?? null;
  const s = withCapacity(run, target);
  let convergedAt = run.convergedAt;
  const w = new Array<number>(d).fill(0);
  const g = new Array<number>(d).fill(0);
  const n = new Array<number>(d).fill(0);
  const io: StepIO = {
    dim: d,
    t: 0,
    w: s.w,
    m: s.m,
    prev: 0,
    g: new Array<number>(d).fill(0),
    state: s.state,
    hyper: { eta: run.settings.eta, beta: run.settings.beta },
    gradAt: (point, out) => {
      f.grad(point, out);
      if (noise) for (let i = 0; i < d; i++) out[i] = (out[i] ?? 0) + (n[i] ?? 0);
    },
    scratch: new Array<number>(d).fill(0),
    used: new Array<number>(d).fill(0),
    step: new Array<number>(d).fill(0),
  };
  for (let t = run.length; t < target; t++) {
    io.t = t;
    io.prev = t - 1;
    if (noise) noise.fill(t, n);
    for (let i = 0; i < d; i++)
      io.g[i] = (s.grad[(t - 1) * d + i] ?? 0) + (noise ? (n[i] ?? 0) : 0);
    rule.update(io);
    for (let j = t * d * s.stateSize, end = j + d * s.stateSize; j < end; j++)
      s.state[j] = flush(s.state[j] ?? 0);
    let blown = false;
    for (let i = 0; i < d; i++) {
      const mi = flush(io.step[i] ?? 0);
      const wi = flush((s.w[(t - 1) * d + i] ?? 0) - mi);
      s.m[t * d + i] = mi;
      s.used[t * d + i] = io.used[i] ?? 0;
      w[i] = wi;
      if (isBlownUp(wi)) blown = true;
    }
    const l = blown ? NaN : f.loss(w);
    if (blown || isBlownUp(l)) return freeze(s, run.settings, run.optimizer, t, t, convergedAt);
    f.grad(w, g);
    for (let i = 0; i < d; i++) {
      s.w[t * d + i] = w[i] ?? 0;
      s.grad[t * d + i] = flush(g[i] ?? 0);
    }
    s.loss[t] = l;
    if (convergedAt === null && rowConverged(s, t)) convergedAt = t;
  }
  return freeze(s, run.settings, run.optimizer, target, null, convergedAt);
}

/**
 * Storage for at least `rows` rows holding the run's rows so far. Rows past `length` are free to
 * write (earlier Trajectory objects never read them), so the run's own buffers are reused while
 * they have room; else they grow by doubling, so extending step by step to 100000 copies O(n).
 */
function withCapacity(run: Trajectory, rows: number): Scratch {
  const d = run.dim;
  const k = run.stateSize;
  if (run.loss.length >= rows) return { ...run, dim: d, stateSize: k };
  const s = allocate(d, k, Math.min(MAX_STEPS + 1, Math.max(rows, 2 * run.loss.length)));
  s.w.set(run.w.subarray(0, run.length * d));
  s.m.set(run.m.subarray(0, run.length * d));
  s.grad.set(run.grad.subarray(0, run.length * d));
  s.loss.set(run.loss.subarray(0, run.length));
  s.used.set(run.used.subarray(0, run.length * d));
  s.state.set(run.state.subarray(0, run.length * d * k));
  return s;
}

function freeze(
  s: Scratch,
  settings: RunSettings,
  optimizer: OptimizerId,
  length: number,
  divergedAt: number | null,
  convergedAt: number | null,
): Trajectory {
  const { dim, stateSize, w, m, grad, loss, used, state } = s;
  return {
    dim,
    stateSize,
    w,
    m,
    grad,
    loss,
    used,
    state,
    settings,
    optimizer,
    length,
    divergedAt,
    convergedAt,
  };
}

/** Row t's coordinates of one field, as a plain array (t is clamped to the rows computed). */
export function rowOf(run: Trajectory, field: 'w' | 'm' | 'grad' | 'used', t: number): number[] {
  const r = Math.min(Math.max(0, t), Math.max(0, run.length - 1));
  return Array.from(run[field].subarray(r * run.dim, (r + 1) * run.dim));
}

export { statusAt, statusText, type RunStatus } from './status';

/** The last row index that exists at or before step t (a diverged run stops at k−1). */
export function shownRow(run: Trajectory, t: number): number {
  return Math.max(0, Math.min(t, run.length - 1));
}
