import { DEFAULT_OPT, type OptimizerId } from '../core/optimizers/registry';
import { DEFAULT_PRESET_ID, presetById, type Preset, type PresetId } from '../core/presets';
import type { Vec } from '../core/vector';

/** Everything a person can set; all of it is in the shareable URL. */
export interface Settings {
  /** The loss function. */
  readonly fn: PresetId;
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

/** Settings that are about how to look, not what to run: they carry over when the preset changes. */
export type ViewPrefs = Pick<Settings, 'speed' | 'terms' | 'embed'>;

/** View preferences when the URL names none. */
export const DEFAULT_VIEW_PREFS: ViewPrefs = { speed: 8, terms: false, embed: false };

/** Default autoplay speed, steps per second (DESIGN §5: at least 5). */
export const DEFAULT_SPEED = DEFAULT_VIEW_PREFS.speed;
/** Autoplay speeds offered by the speed control, steps per second. */
export const SPEEDS: readonly number[] = [1, 2, 4, 8, 15, 30, 60, 120, 500, 2000, 10000];
/** Largest η the URL and controls accept. */
export const MAX_ETA = 10;

/** The settings a preset opens with; view preferences carry over when given. */
export function presetSettings(preset: Preset, prefs: ViewPrefs = DEFAULT_VIEW_PREFS): Settings {
  const { speed, terms, embed } = prefs;
  return {
    fn: preset.id,
    w0: preset.w0,
    eta: preset.eta,
    beta: preset.beta,
    opt: DEFAULT_OPT,
    etaByRun: {},
    speed,
    terms,
    embed,
  };
}

/** The settings the app opens with when the URL says nothing. */
export function defaultSettings(): Settings {
  return presetSettings(presetById(DEFAULT_PRESET_ID));
}
