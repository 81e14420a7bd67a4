import { createStore, type StoreApi } from 'zustand/vanilla';
import {
  isOptimizerId,
  MAX_RUNS,
  MIN_RUNS,
  OPTIMIZERS,
  type OptimizerId,
} from '../core/optimizers/registry';
import {
  customPreset,
  presetById,
  type CustomObjective,
  type Interval,
  type Preset,
  type PresetId,
} from '../core/presets';
import { MAX_NOISE_SEED } from '../core/noise';
import { MAX_STEPS } from '../core/trajectory';
import type { Vec } from '../core/vector';
import { computeRuns, ensureRuns, HORIZON, lastInterestingStep, type Runs } from './runs';
import {
  defaultSettings,
  MAX_CLOUD,
  MAX_ETA,
  MAX_NOISE,
  presetSettings,
  type Settings,
} from './settings';
import type { Notice, UrlState } from './urlCodec';

/** The app's single source of truth: settings, the step on screen, playback, and the derived runs. */
export interface AppState {
  readonly settings: Settings;
  /** The step t on screen, 0 … 100000. */
  readonly step: number;
  readonly playing: boolean;
  /** Complaints about bad input (URL values), shown until dismissed. */
  readonly notices: readonly Notice[];
  /** The loss on screen: a preset, or the compiled custom loss of settings.f. */
  readonly problem: Preset;
  /** Derived from settings; recomputed only when a setting changes. */
  readonly runs: Runs;

  readonly setPreset: (id: PresetId) => void;
  /** Places w₀ and restarts both runs at step 0. */
  readonly setW0: (w0: Vec) => void;
  readonly setEta: (eta: number) => void;
  readonly setBeta: (beta: number) => void;
  /** Shows these runs, in this order (1–4 distinct ids; anything else is ignored). */
  readonly setOpt: (opt: readonly OptimizerId[]) => void;
  /** Adds (on) or removes (off) one run, keeping 1–4 runs and the registry's order for additions. */
  readonly toggleRun: (id: OptimizerId, on: boolean) => void;
  /** Gives one run its own η, or (null) links it back to the shared η. */
  readonly setRunEta: (id: OptimizerId, eta: number | null) => void;
  readonly setSpeed: (speed: number) => void;
  /** Switches to a custom loss (already compiled); keeps w₀, η, β and view if the dimension stays. */
  readonly setCustomLoss: (loss: CustomObjective) => void;
  /** Sets the data window (null: the loss's default view); the runs do not depend on it. */
  readonly setView: (view: readonly Interval[] | null) => void;
  /** Sets σ of the gradient noise (0 … 1000). */
  readonly setNoise: (sigma: number) => void;
  /** Sets the noise seed (integer 0 … 4294967295). */
  readonly setSeed: (seed: number) => void;
  /** Sets how many seeds run at once (1 … 64). */
  readonly setCloud: (k: number) => void;
  /** Restores the loss's own η, β and w₀ (other settings kept), back at step 0. */
  readonly restoreDefaults: () => void;
  /** Shows or hides the momentum step's terms drawn tip to tail on the 2D surface. */
  readonly setShowTerms: (on: boolean) => void;
  /** Shows step t (clamped to 0 … 100000), computing further if needed. */
  readonly setStep: (t: number) => void;
  readonly stepBy: (dt: number) => void;
  readonly play: () => void;
  readonly pause: () => void;
  readonly togglePlay: () => void;
  /** Back to step 0, settings kept. */
  readonly reset: () => void;
  /**
   * Computes the runs as far as the usual horizon when the store started with a shorter one
   * (createAppStore's `horizon`, e.g. FIRST_PAINT_HORIZON); changes nothing otherwise.
   */
  readonly fillHorizon: () => void;
  /**
   * Replaces settings and step wholesale (a link was opened), with its notices. A custom loss
   * comes compiled as `problem`; without one, a custom link falls back to the default preset.
   */
  readonly load: (state: UrlState, notices: readonly Notice[], problem?: Preset) => void;
  readonly dismissNotices: () => void;
}

/** The store type, for components and tests. */
export type AppStore = StoreApi<AppState>;

function clampStep(t: number): number {
  return Math.min(MAX_STEPS, Math.max(0, Math.round(Number.isFinite(t) ? t : 0)));
}

/** Creates a store (one per app; tests make their own). */
/**
 * The settings and loss a store starts from: a custom link without its compiled loss falls back
 * to the default preset (keeping the view preferences), so the page always has something to run.
 */
function resolve(state: UrlState, problem?: Preset): { settings: Settings; problem: Preset } {
  const { settings } = state;
  if (settings.fn !== 'custom') return { settings, problem: presetById(settings.fn) };
  if (problem && problem.id === 'custom' && problem.dim === settings.w0.length)
    return { settings, problem };
  const fallback = defaultSettings();
  return {
    settings: presetSettings(presetById(fallback.fn as PresetId), settings),
    problem: presetById(fallback.fn as PresetId),
  };
}

/**
 * Steps of one run computed between two pauses of precomputeRuns: ~10–25 ms in code not yet
 * optimised (pieces of 20000 made tasks of 50–70 ms opening `step=100000`).
 */
const PRECOMPUTE_CHUNK = 5_000;

/**
 * The runs a link opens with, computed a run and at most PRECOMPUTE_CHUNK steps at a time with
 * `pause()` between, so that a heavy link (four runs at step 5000 with noise, or step 100000) does
 * not make one long task of the page's start; createAppStore takes them up as they are (runs are
 * reused by key).
 */
export async function precomputeRuns(
  initial: UrlState,
  problem: Preset | undefined,
  pause: () => Promise<void>,
): Promise<Runs> {
  const { settings, problem: preset } = resolve(initial, problem);
  const all: Runs[number][] = [];
  for (const id of settings.opt) {
    // Pause first: the start's own task (module evaluation) is long enough without a run.
    await pause();
    const one = { ...settings, opt: [id] };
    let runs = computeRuns(preset, one, Math.min(initial.step, PRECOMPUTE_CHUNK));
    for (let t = PRECOMPUTE_CHUNK; t < initial.step; t += PRECOMPUTE_CHUNK) {
      await pause();
      runs = computeRuns(preset, one, Math.min(initial.step, t + PRECOMPUTE_CHUNK), runs);
    }
    all.push(...runs);
  }
  return all;
}

/**
 * Creates a store (one per app; tests make their own). `problem` is the compiled custom loss, if
 * any; `warm`, runs already computed for these settings (see precomputeRuns); `horizon`, how
 * many steps past the initial step to compute at once (a page's start computes only what its
 * first paint needs, then calls fillHorizon).
 */
export function createAppStore(
  initial: UrlState = { settings: defaultSettings(), step: 0 },
  initialProblem?: Preset,
  warm: Runs = [],
  horizon = HORIZON,
): AppStore {
  return createStore<AppState>()((set, get) => {
    /** Applies new settings: recompute runs, keep the step unless told otherwise. */
    const withSettings = (settings: Settings, step = get().step, problem = get().problem) => {
      const t = clampStep(step);
      const previous = problem === get().problem ? get().runs : [];
      set({ settings, problem, step: t, runs: computeRuns(problem, settings, t, previous) });
    };
    const setStep = (t: number) => {
      const step = clampStep(t);
      const { problem, runs } = get();
      set({ step, runs: ensureRuns(problem, runs, step) });
    };
    const start = resolve(initial, initialProblem);
    return {
      settings: start.settings,
      problem: start.problem,
      step: clampStep(initial.step),
      playing: false,
      notices: [],
      runs: computeRuns(start.problem, start.settings, initial.step, warm, horizon),

      setPreset: (id) => {
        if (id === get().settings.fn) return;
        const preset = presetById(id);
        withSettings(presetSettings(preset, get().settings), 0, preset);
      },
      setCustomLoss: (loss) => {
        const { settings, problem } = get();
        const next = customPreset(loss);
        if (settings.fn === 'custom' && problem.dim === next.dim) {
          if (settings.f === loss.text) return;
          withSettings({ ...settings, f: loss.text }, 0, next);
        } else withSettings(presetSettings(next, settings, loss.text), 0, next);
      },
      setView: (view) => {
        const dim = get().problem.dim;
        if (view && (view.length !== dim || !view.every(([lo, hi]) => lo < hi))) return;
        set({ settings: { ...get().settings, view } });
      },
      setNoise: (sigma) => {
        if (!(sigma >= 0 && sigma <= MAX_NOISE) || sigma === get().settings.noise) return;
        withSettings({ ...get().settings, noise: sigma });
      },
      setSeed: (seed) => {
        if (!(Number.isInteger(seed) && seed >= 0 && seed <= MAX_NOISE_SEED)) return;
        if (seed !== get().settings.seed) withSettings({ ...get().settings, seed });
      },
      setCloud: (k) => {
        if (!(Number.isInteger(k) && k >= 1 && k <= MAX_CLOUD)) return;
        if (k !== get().settings.cloud) set({ settings: { ...get().settings, cloud: k } });
      },
      restoreDefaults: () => {
        const { problem, settings } = get();
        withSettings({ ...settings, w0: problem.w0, eta: problem.eta, beta: problem.beta }, 0);
      },
      setW0: (w0) => {
        if (!w0.every(Number.isFinite)) return;
        withSettings({ ...get().settings, w0: [...w0] }, 0);
      },
      setEta: (eta) => {
        if (!(eta > 0 && eta <= MAX_ETA)) return;
        withSettings({ ...get().settings, eta });
      },
      setBeta: (beta) => {
        if (!(beta >= 0 && beta < 1)) return;
        withSettings({ ...get().settings, beta });
      },
      setOpt: (opt) => {
        const valid =
          opt.length >= MIN_RUNS &&
          opt.length <= MAX_RUNS &&
          new Set(opt).size === opt.length &&
          opt.every((id) => isOptimizerId(id));
        if (!valid) return;
        const current = get().settings.opt;
        if (opt.length === current.length && opt.every((id, i) => id === current[i])) return;
        withSettings({ ...get().settings, opt: [...opt] });
      },
      toggleRun: (id, on) => {
        const current = get().settings.opt;
        if (on === current.includes(id)) return;
        // An added run takes its registry place among the others, so the legend keeps one order.
        const next = on
          ? OPTIMIZERS.map((o) => o.id).filter((o) => o === id || current.includes(o))
          : current.filter((o) => o !== id);
        get().setOpt(next);
      },
      setRunEta: (id, eta) => {
        const { etaByRun, ...rest } = get().settings;
        if (eta !== null && !(eta > 0 && eta <= MAX_ETA)) return;
        const next: Partial<Record<OptimizerId, number>> = { ...etaByRun };
        if (eta === null) delete next[id];
        else next[id] = eta;
        withSettings({ ...rest, etaByRun: next });
      },
      setSpeed: (speed) => {
        if (!(speed > 0 && Number.isFinite(speed))) return;
        set({ settings: { ...get().settings, speed } });
      },
      // A view preference: the runs do not depend on it, so nothing is recomputed.
      setShowTerms: (on) => {
        if (get().settings.terms !== on) set({ settings: { ...get().settings, terms: on } });
      },
      setStep,
      stepBy: (dt) => setStep(get().step + dt),
      play: () => {
        // Playing from the end starts over, as a media player does.
        if (get().step >= Math.min(MAX_STEPS, lastInterestingStep(get().runs))) setStep(0);
        set({ playing: true });
      },
      pause: () => set({ playing: false }),
      togglePlay: () => (get().playing ? get().pause() : get().play()),
      reset: () => set({ step: 0, playing: false }),
      fillHorizon: () => {
        const { problem, settings, step, runs } = get();
        const full = computeRuns(problem, settings, step, runs);
        if (full.some((e, i) => e.run !== runs[i]?.run)) set({ runs: full });
      },
      load: (state, notices, problem) => {
        const next = resolve(state, problem);
        withSettings(next.settings, state.step, next.problem);
        set({ notices, playing: false });
      },
      dismissNotices: () => set({ notices: [] }),
    };
  });
}
