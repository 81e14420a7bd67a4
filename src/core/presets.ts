import { superscript } from './superscript';
import type { Vec } from './vector';

/** Inclusive data interval [min, max] along one axis. */
export type Interval = readonly [number, number];

/** A loss function the app can descend, with the view and settings it opens with. */
export interface Preset {
  /** Stable id used in URLs (DESIGN §2); 'custom' for a loss of one's own (DESIGN §7). */
  readonly id: LossId;
  /** Human name for the picker. */
  readonly name: string;
  /** Number of parameters: 1 draws a loss curve, 2 a loss surface. */
  readonly dim: 1 | 2;
  /** The formula as TeX, for typesetting. */
  readonly tex: string;
  /** The formula as plain text, for labels and screen readers. */
  readonly text: string;
  /** L(w). */
  readonly loss: (w: Vec) => number;
  /** Exact ∇L(w), analytic. Writes into `out` (length dim) and returns it. */
  readonly grad: (w: Vec, out: number[]) => number[];
  /** Default view: one interval per parameter (x, then y). */
  readonly view: readonly Interval[];
  /** Default start point w₀. */
  readonly w0: Vec;
  /** Default learning rate η. */
  readonly eta: number;
  /** Default momentum β. */
  readonly beta: number;
  /** Known minimisers, marked on the plot. */
  readonly minima: readonly Vec[];
  /** One sentence on what the first view teaches. */
  readonly lesson: string;
  /** Hessian eigenvalues when the curvature is constant (quadratic bowls); else undefined. */
  readonly eigenvalues?: readonly number[];
}

/** Ids of the built-in presets. */
export type PresetId =
  'quadratic' | 'double-well' | 'ravine' | 'rosenbrock' | 'himmelblau' | 'beale';

/** A built-in preset (its id is one of DESIGN §2's). */
export type BuiltinPreset = Preset & { readonly id: PresetId };

/** Id of any loss the app can show: a preset, or 'custom' (the `f` expression, DESIGN §7). */
export type LossId = PresetId | 'custom';

const at = (w: Vec, i: number): number => w[i] ?? 0;

const quadratic: BuiltinPreset = {
  id: 'quadratic',
  name: 'Quadratic bowl',
  dim: 1,
  tex: 'L(w) = w^2',
  text: 'L(w) = w²',
  loss: (w) => at(w, 0) ** 2,
  grad: (w, out) => {
    out[0] = 2 * at(w, 0);
    return out;
  },
  view: [[-3, 3]],
  w0: [2.5],
  eta: 0.1,
  beta: 0.9,
  minima: [[0]],
  eigenvalues: [2],
  lesson:
    'Plain SGD slides straight in and converges at step 70; momentum overshoots the bottom, swings across it to w ≈ −1.77 and back, and converges only at step 269.',
};

const doubleWell: BuiltinPreset = {
  id: 'double-well',
  name: 'Double well',
  dim: 1,
  tex: 'L(w) = w^4 - 3w^2 + w',
  text: 'L(w) = w⁴ − 3w² + w',
  loss: (w) => {
    const x = at(w, 0);
    return x ** 4 - 3 * x * x + x;
  },
  grad: (w, out) => {
    const x = at(w, 0);
    out[0] = 4 * x ** 3 - 6 * x + 1;
    return out;
  },
  view: [[-2.2, 2.2]],
  w0: [2],
  eta: 0.02,
  beta: 0.9,
  minima: [[-1.3008395659415772], [1.1309011226299859]],
  lesson:
    'SGD settles in the local minimum near 1.13 (converged at step 72); momentum rolls through it to the global minimum near −1.30 (step 259).',
};

const ravine: BuiltinPreset = {
  id: 'ravine',
  name: 'Ravine',
  dim: 2,
  tex: 'L(x, y) = 0.5x^2 + 25y^2',
  text: 'L(x, y) = 0.5x² + 25y²',
  loss: (w) => 0.5 * at(w, 0) ** 2 + 25 * at(w, 1) ** 2,
  grad: (w, out) => {
    out[0] = at(w, 0);
    out[1] = 50 * at(w, 1);
    return out;
  },
  view: [
    [-10, 10],
    [-5, 5],
  ],
  w0: [-9, 3],
  // β = 0.7 is near the optimal ((√κ−1)/(√κ+1))² for κ = 50: momentum's zig-zag dies out visibly.
  eta: 0.038,
  beta: 0.7,
  minima: [[0, 0]],
  eigenvalues: [1, 50],
  lesson:
    'SGD zig-zags across the valley and crawls along it, converging at step 414; momentum damps the zig-zag and runs along the floor, converging at step 99 (4.2× faster).',
};

const rosenbrock: BuiltinPreset = {
  id: 'rosenbrock',
  name: 'Rosenbrock',
  dim: 2,
  tex: 'L(x, y) = (1 - x)^2 + 100(y - x^2)^2',
  text: 'L(x, y) = (1 − x)² + 100(y − x²)²',
  loss: (w) => {
    const x = at(w, 0);
    const y = at(w, 1);
    return (1 - x) ** 2 + 100 * (y - x * x) ** 2;
  },
  grad: (w, out) => {
    const x = at(w, 0);
    const y = at(w, 1);
    out[0] = -2 * (1 - x) - 400 * x * (y - x * x);
    out[1] = 200 * (y - x * x);
    return out;
  },
  view: [
    [-2, 2],
    [-1, 3],
  ],
  w0: [-1.5, 2],
  eta: 0.001,
  beta: 0.9,
  minima: [[1, 1]],
  lesson:
    'Both drop into the curved valley at once; along its floor momentum reaches (1, 1) at step 3118, about ten times sooner than SGD (step 32689).',
};

const himmelblau: BuiltinPreset = {
  id: 'himmelblau',
  name: 'Himmelblau',
  dim: 2,
  tex: 'L(x, y) = (x^2 + y - 11)^2 + (x + y^2 - 7)^2',
  text: 'L(x, y) = (x² + y − 11)² + (x + y² − 7)²',
  loss: (w) => {
    const x = at(w, 0);
    const y = at(w, 1);
    return (x * x + y - 11) ** 2 + (x + y * y - 7) ** 2;
  },
  grad: (w, out) => {
    const x = at(w, 0);
    const y = at(w, 1);
    const a = x * x + y - 11;
    const b = x + y * y - 7;
    out[0] = 4 * x * a + 2 * b;
    out[1] = 2 * a + 4 * y * b;
    return out;
  },
  view: [
    [-5, 5],
    [-5, 5],
  ],
  w0: [0, 0],
  eta: 0.01,
  beta: 0.9,
  minima: [
    [3, 2],
    [-2.805118086952745, 3.131312518250573],
    [-3.779310253377747, -3.2831859912861696],
    [3.5844283403304917, -1.8481265269644034],
  ],
  lesson:
    'Four equal minima: from (0, 0) SGD takes the nearest, (3, 2), at step 62; momentum carries past it into the basin of (3.58, −1.85), converging at step 345.',
};

const beale: BuiltinPreset = {
  id: 'beale',
  name: 'Beale',
  dim: 2,
  tex: 'L(x, y) = (1.5 - x + xy)^2 + (2.25 - x + xy^2)^2 + (2.625 - x + xy^3)^2',
  text: 'L(x, y) = (1.5 − x + xy)² + (2.25 − x + xy²)² + (2.625 − x + xy³)²',
  loss: (w) => {
    const x = at(w, 0);
    const y = at(w, 1);
    return (1.5 - x + x * y) ** 2 + (2.25 - x + x * y * y) ** 2 + (2.625 - x + x * y * y * y) ** 2;
  },
  grad: (w, out) => {
    const x = at(w, 0);
    const y = at(w, 1);
    const a = 1.5 - x + x * y;
    const b = 2.25 - x + x * y * y;
    const c = 2.625 - x + x * y * y * y;
    out[0] = 2 * a * (y - 1) + 2 * b * (y * y - 1) + 2 * c * (y * y * y - 1);
    out[1] = 2 * a * x + 4 * b * x * y + 6 * c * x * y * y;
    return out;
  },
  view: [
    [-4.5, 4.5],
    [-4.5, 4.5],
  ],
  w0: [-1, 1.5],
  eta: 0.01,
  beta: 0.9,
  minima: [[3, 0.5]],
  lesson:
    'SGD never leaves the steep slope: from step 241 it bounces forever between two points near (−1.30, 1.40) and (−1.34, 1.55), where ‖∇L‖ ≈ 16 (a period-2 cycle); momentum escapes and reaches the minimum at (3, 0.5) at step 561.',
};

/** All presets, in picker order (1D first). */
export const PRESETS: readonly BuiltinPreset[] = [
  quadratic,
  doubleWell,
  ravine,
  rosenbrock,
  himmelblau,
  beale,
];

/** The preset the app opens on when the URL names none. */
export const DEFAULT_PRESET_ID: PresetId = 'double-well';

/** Looks up a preset by id; undefined for unknown ids (including inherited keys like "__proto__"). */
export function findPreset(id: string): BuiltinPreset | undefined {
  return PRESETS.find((p) => p.id === id);
}

/** Looks up a preset that is known to exist. */
export function presetById(id: PresetId): BuiltinPreset {
  const p = findPreset(id);
  if (!p) throw new Error(`unknown preset ${id}`);
  return p;
}

/** A custom loss as the core sees it: dimension, formula and the exact L and ∇L. */
export interface CustomObjective {
  readonly dim: 1 | 2;
  /** The expression as plain text (also what the URL carries). */
  readonly text: string;
  /** The expression as TeX (without "L(w) ="). */
  readonly tex: string;
  readonly loss: (w: Vec) => number;
  readonly grad: (w: Vec, out: number[]) => number[];
}

/** The default window of a custom loss: [−3, 3] per axis (DESIGN §7). */
export const CUSTOM_VIEW: readonly Interval[] = [
  [-3, 3],
  [-3, 3],
];

/** Default start, η and β of a custom loss: a point off the centre, a modest step. */
export function customDefaults(dim: 1 | 2): Pick<Preset, 'w0' | 'eta' | 'beta' | 'view'> {
  return {
    w0: dim === 1 ? [2] : [-2, 2],
    eta: 0.01,
    beta: 0.9,
    view: CUSTOM_VIEW.slice(0, dim),
  };
}

/** An expression as people write it on paper: x^2 → x², * → ·, - → −. Plain text, never markup. */
export function prettyFormula(text: string): string {
  return text
    .replace(/\^(\d+)(?![.\d])/g, (_, d: string) => superscript(d))
    .replace(/\*/g, '·')
    .replace(/-/g, '−');
}

/** A custom loss dressed as a preset, so every view treats it alike. Its minima are unknown. */
export function customPreset(f: CustomObjective): Preset {
  const args = f.dim === 1 ? 'w' : 'x, y';
  return {
    id: 'custom',
    name: 'Custom',
    dim: f.dim,
    tex: `L(${args}) = ${f.tex}`,
    text: `L(${args}) = ${prettyFormula(f.text)}`,
    loss: f.loss,
    grad: f.grad,
    ...customDefaults(f.dim),
    minima: [],
    lesson:
      'Your own loss: every run starts from the same w₀. Try Fit view if a run leaves the window.',
  };
}
