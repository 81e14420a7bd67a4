import { optimizerById, type OptimizerId } from '../core/optimizers/registry';
import { createNoise, type NoiseSource } from '../core/noise';
import type { Preset } from '../core/presets';
import { extendTrajectory, MAX_STEPS, runTrajectory, type Trajectory } from '../core/trajectory';
import { runEta, type Settings } from './settings';

/** One run on screen: which optimizer, and its computed trajectory. */
export interface RunEntry {
  readonly id: OptimizerId;
  readonly run: Trajectory;
  /** What the run was computed from; equal keys mean the same numbers, so the run is reused. */
  readonly key: string;
}

/** The runs shown, in `opt` order: same loss and w₀, each with its own rule and η. */
export type Runs = readonly RunEntry[];

/** Steps computed ahead of the step on screen, so stepping and playing only move an index. */
export const HORIZON = 1000;

/**
 * Steps computed ahead at the start, before the first paint: the plot's first frame needs only
 * the step on screen and the next. Computing the whole horizon then (2 runs × 1000 steps in
 * not yet optimised code) delayed the first plot by ~10–20 ms; the rest follows right after
 * it (the store's fillHorizon), before any text that reads the whole run is on the page.
 */
export const FIRST_PAINT_HORIZON = 64;

/** Everything a run's numbers depend on, as text: β only for the rules that read it. */
export function runKey(settings: Settings, id: OptimizerId): string {
  const beta = optimizerById(id).usesBeta ? settings.beta : '-';
  const noise = settings.noise > 0 ? `${settings.noise}@${settings.seed}` : '-';
  return [
    settings.fn,
    settings.f,
    settings.w0.join(','),
    id,
    runEta(settings, id),
    beta,
    noise,
  ].join('|');
}

let lastNoise: NoiseSource | null = null;

/**
 * The noise every run shares (one source, so step t draws the same ξ_t for all), or null without
 * noise. Kept while σ, seed and dimension stay, so runs extended later read the same stream.
 */
export function noiseFor(settings: Settings, dim: number): NoiseSource | null {
  if (!(settings.noise > 0)) return null;
  const n = lastNoise;
  if (n && n.sigma === settings.noise && n.seed === settings.seed && n.dim === dim) return n;
  lastNoise = createNoise(settings.seed, settings.noise, dim);
  return lastNoise;
}

/**
 * Computes the runs from settings, far enough to show step `step` plus `horizon` steps. Runs of
 * `previous` whose inputs did not change are reused as they are (a β change leaves SGD and the
 * adaptive rules alone; an η override touches one run).
 */
export function computeRuns(
  preset: Preset,
  settings: Settings,
  step: number,
  previous: Runs = [],
  horizon = HORIZON,
): Runs {
  const noise = noiseFor(settings, preset.dim);
  const steps = Math.min(MAX_STEPS, Math.max(horizon, step + horizon));
  return settings.opt.map((id) => {
    const key = runKey(settings, id);
    const old = previous.find((e) => e.key === key);
    if (old) return { id, key, run: extendTrajectory(preset, old.run, steps) };
    const run = runTrajectory(
      preset,
      { w0: settings.w0, eta: runEta(settings, id), beta: settings.beta, optimizer: id, noise },
      steps,
    );
    return { id, key, run };
  });
}

function needsMore(run: Trajectory, step: number): boolean {
  return run.divergedAt === null && run.length - 1 < Math.min(MAX_STEPS, step + HORIZON / 2);
}

/** Extends the runs when the step on screen nears the end of what is computed; else returns them as they are. */
export function ensureRuns(preset: Preset, runs: Runs, step: number): Runs {
  if (!runs.some((e) => needsMore(e.run, step))) return runs;
  // Reach twice as far as the step: playing to 100000 then re-derives the runs (and whatever
  // depends on them) a handful of times, not every 1500 steps.
  const target = Math.min(MAX_STEPS, Math.max(step + 2 * HORIZON, 2 * step));
  return runs.map((e) => ({ ...e, run: extendTrajectory(preset, e.run, target) }));
}

/** The run of this optimizer, if it is shown. */
export function findRun(runs: Runs, id: OptimizerId): Trajectory | undefined {
  return runs.find((e) => e.id === id)?.run;
}

/** The first run: every run shares w₀ and the loss, so any one answers questions about those. */
export function firstRun(runs: Runs): Trajectory {
  const first = runs[0];
  if (!first) throw new Error('no runs');
  return first.run;
}

/** The most rows any run has. */
export function longestRun(runs: Runs): number {
  return runs.reduce((n, e) => Math.max(n, e.run.length), 0);
}

/** The last step worth showing: where every run has converged or diverged, else MAX_STEPS. */
export function lastInterestingStep(runs: Runs): number {
  const end = (r: Trajectory) => r.divergedAt ?? r.convergedAt ?? MAX_STEPS;
  return runs.reduce((n, e) => Math.max(n, end(e.run)), 0);
}

/** Round spans the timeline grows through once the step passes the first 1000. */
const TIMELINE_SPANS = [1000, 2000, 5000, 10_000, 20_000, 50_000, MAX_STEPS];

/**
 * The last step the Timeline and the loss chart span: to where every run settles (plus a
 * little), else a round 1000 steps. Past that it grows through round spans rather than following
 * every step, so the scrubber's thumb does not stand still and the chart is not redrawn per step.
 */
export function timelineEnd(runs: Runs, step: number): number {
  const end = lastInterestingStep(runs);
  const span = TIMELINE_SPANS.find((s) => s >= step) ?? MAX_STEPS;
  if (end >= MAX_STEPS) return span;
  const settled = Math.min(MAX_STEPS, Math.max(end + 5, 20));
  return step <= settled ? settled : span;
}
