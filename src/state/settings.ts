import { DEFAULT_OPT, type OptimizerId } from '../core/optimizers/registry';
import {
  DEFAULT_PRESET_ID,
  presetById,
  type Interval,
  type LossId,
  type Preset,
} from '../core/presets';
import type { Vec } from '../core/vector';

/** Everything a person can set; all of it is in the shareable URL. */
export interface Settings {
  /** The loss function: a preset, or 'custom' for the expression `f`. */
  readonly fn: LossId;
  /** The custom loss expression (DESIGN §7); '' unless fn is 'custom'. */
  readonly f: string;
  /** The data window, one interval per axis; null shows the loss's own default view. */
  readonly view: readonly Interval[] | null;
  /** σ of the gradient noise (DESIGN §8), 0 ≤ σ ≤ 1000; 0 is exact gradients. */
  readonly noise: number;
  /** The noise seed, an integer 0 … 4294967295. */
  readonly seed: number;
  /** How many seeds run at once (1 … 64), seed … seed+cloud−1. */
  readonly cloud: number;
  /** Controls hidden in an embed (DESIGN §3 `hide`). */
  readonly hide: readonly string[];
  /** Start point w₀, one number per parameter of the preset. */
  readonly w0: Vec;
  /** Learning rate η, 0 < η ≤ 10. */
  readonly eta: number;
  /** Momentum β, 0 ≤ β < 1. */
  readonly beta: number;
  /** The runs shown, in order: 1–4 distinct optimizers (DESIGN §3 `opt`). */
  readonly opt: readonly OptimizerId[];
  /** η for single runs, overriding the shared η (DESIGN §3 `eta.<id>`); a run not listed follows `eta`. */
  readonly etaByRun: EtaOverrides;
  /** Autoplay speed in steps per second. */
  readonly speed: number;
  /** Whether the 2D surface draws the momentum step's unrolled terms tip to tail (a view preference). */
  readonly terms: boolean;
  /** Compact layout for an <iframe>: the plot with compact controls (a view preference). */
  readonly embed: boolean;
}

/** Per-run learning rates that differ from the shared η. */
export type EtaOverrides = Readonly<Partial<Record<OptimizerId, number>>>;

/** The η a run uses: its own override, else the shared η. */
export function runEta(settings: Pick<Settings, 'eta' | 'etaByRun'>, id: OptimizerId): number {
  return settings.etaByRun[id] ?? settings.eta;
}

/**
 * Settings that carry over when the loss changes: how to look (speed, terms, embed, hidden
 * controls) and the experiment (which runs, the noise). η, β, w₀, per-run η and the view are the
 * loss's own.
 */
export type ViewPrefs = Pick<
  Settings,
  'speed' | 'terms' | 'embed' | 'opt' | 'noise' | 'seed' | 'cloud' | 'hide'
>;

/** View preferences when the URL names none. */
export const DEFAULT_VIEW_PREFS: ViewPrefs = {
  speed: 8,
  terms: false,
  embed: false,
  opt: DEFAULT_OPT,
  noise: 0,
  seed: 1,
  cloud: 1,
  hide: [],
};

/** Default autoplay speed, steps per second (DESIGN §5: at least 5). */
export const DEFAULT_SPEED = DEFAULT_VIEW_PREFS.speed;
/** Autoplay speeds offered by the speed control, steps per second. */
export const SPEEDS: readonly number[] = [1, 2, 4, 8, 15, 30, 60, 120, 500, 2000, 10000];
/** Largest η the URL and controls accept. */
export const MAX_ETA = 10;
/** Largest noise σ (DESIGN §3). */
export const MAX_NOISE = 1000;
/** Most seeds in a noise cloud (DESIGN §3). */
export const MAX_CLOUD = 64;
/** Largest |coordinate| of a view window: far beyond any sensible plot, short of float trouble. */
export const MAX_VIEW = 1e9;
/** Controls an embed may hide (`hide`), by the names a link uses. */
export const HIDEABLE: readonly string[] = [
  'loss',
  'eta',
  'beta',
  'runs',
  'start',
  'noise',
  'playback',
  'timeline',
  'speed',
  'share',
  'readout',
];

/** The settings a loss opens with; view preferences carry over when given. */
export function presetSettings(
  preset: Preset,
  prefs: ViewPrefs = DEFAULT_VIEW_PREFS,
  f = '',
): Settings {
  const { speed, terms, embed, opt, noise, seed, cloud, hide } = prefs;
  return {
    fn: preset.id,
    f: preset.id === 'custom' ? f : '',
    view: null,
    w0: preset.w0,
    eta: preset.eta,
    beta: preset.beta,
    opt,
    etaByRun: {},
    noise,
    seed,
    cloud,
    hide,
    speed,
    terms,
    embed,
  };
}

/** The data window shown: the settings' own, else the loss's default view. */
export function viewOf(settings: Pick<Settings, 'view'>, preset: Preset): readonly Interval[] {
  return settings.view ?? preset.view;
}

/** The settings the app opens with when the URL says nothing. */
export function defaultSettings(): Settings {
  return presetSettings(presetById(DEFAULT_PRESET_ID));
}
