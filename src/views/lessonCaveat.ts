import type { Preset } from '../core/presets';
import type { Settings } from '../state/settings';
import { formatNumber } from './format';
import { RUN_STYLE } from './runStyle';

/** The runs a preset's lesson talks about. */
const LESSON_RUNS = ['sgd', 'momentum'] as const;

/**
 * When a preset's lesson does not describe what is on screen, the sentence that says so; null
 * when it does. A preset's lesson names what its two default runs (SGD and Momentum) do at its
 * default η, β and w₀ with exact gradients, so it holds only there: with noise no run converges
 * (it hovers), without one of those runs it describes a run not shown, and with other settings
 * the step counts it names are not these runs'. The readout's status always tells what each run
 * on screen does.
 */
export function lessonCaveat(preset: Preset, settings: Settings): string | null {
  if (settings.noise > 0)
    return (
      `With gradient noise (σ = ${formatNumber(settings.noise)}) no run converges: each ends up ` +
      'hovering near a minimum, and its status gives the mean loss it hovers at. The lesson above ' +
      'is for exact gradients (σ = 0).'
    );
  if (preset.id === 'custom') return null;
  const missing = LESSON_RUNS.filter((id) => !settings.opt.includes(id));
  if (missing.length > 0) {
    const names = missing.map((id) => RUN_STYLE[id].label).join(' and ');
    return `The lesson above compares SGD and Momentum; tick ${names} under Runs to see it.`;
  }
  const atDefaults =
    settings.w0.length === preset.w0.length &&
    settings.w0.every((v, i) => v === preset.w0[i]) &&
    settings.eta === preset.eta &&
    settings.beta === preset.beta &&
    Object.keys(settings.etaByRun).length === 0;
  if (atDefaults) return null;
  const start = preset.w0.map((v) => formatNumber(v)).join(', ');
  return (
    `The lesson above is for the preset defaults (η = ${formatNumber(preset.eta)}, ` +
    `β = ${formatNumber(preset.beta)}, w₀ = ${preset.w0.length > 1 ? `(${start})` : start}); ` +
    'with your settings each run’s status says what it does.'
  );
}
