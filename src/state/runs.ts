import { presetById } from '../core/presets';
import { extendTrajectory, MAX_STEPS, runTrajectory, type Trajectory } from '../core/trajectory';
import type { Settings } from './settings';

/** The two runs shown side by side: same loss, w₀ and η; SGD has β = 0. */
export interface Runs {
  readonly sgd: Trajectory;
  readonly momentum: Trajectory;
}

/** Steps computed ahead of the step on screen, so stepping and playing only move an index. */
export const HORIZON = 1000;

/** Computes both runs from settings, far enough to show step `step` plus a horizon. */
export function computeRuns(settings: Settings, step: number): Runs {
  const preset = presetById(settings.fn);
  const steps = Math.min(MAX_STEPS, Math.max(HORIZON, step + HORIZON));
  return {
    sgd: runTrajectory(preset, { w0: settings.w0, eta: settings.eta, beta: 0 }, steps),
    momentum: runTrajectory(
      preset,
      { w0: settings.w0, eta: settings.eta, beta: settings.beta },
      steps,
    ),
  };
}

function needsMore(run: Trajectory, step: number): boolean {
  return run.divergedAt === null && run.length - 1 < Math.min(MAX_STEPS, step + HORIZON / 2);
}

/** Extends the runs when the step on screen nears the end of what is computed; else returns them as they are. */
export function ensureRuns(settings: Settings, runs: Runs, step: number): Runs {
  if (!needsMore(runs.sgd, step) && !needsMore(runs.momentum, step)) return runs;
  const preset = presetById(settings.fn);
  // Reach twice as far as the step: playing to 100000 then re-derives the runs (and whatever
  // depends on them) a handful of times, not every 1500 steps.
  const target = Math.min(MAX_STEPS, Math.max(step + 2 * HORIZON, 2 * step));
  return {
    sgd: extendTrajectory(preset, runs.sgd, target),
    momentum: extendTrajectory(preset, runs.momentum, target),
  };
}

/** The last step worth showing: where both runs have converged or diverged, else MAX_STEPS. */
export function lastInterestingStep(runs: Runs): number {
  const end = (r: Trajectory) => r.divergedAt ?? r.convergedAt ?? MAX_STEPS;
  return Math.max(end(runs.sgd), end(runs.momentum));
}

/** Round spans the timeline grows through once the step passes the first 1000. */
const TIMELINE_SPANS = [1000, 2000, 5000, 10_000, 20_000, 50_000, MAX_STEPS];

/**
 * The last step the Timeline and the loss chart span: to where both runs settle (plus a little),
 * else a round 1000 steps. Past that it grows through round spans rather than following every
 * step, so the scrubber's thumb does not stand still and the chart is not redrawn per step.
 */
export function timelineEnd(runs: Runs, step: number): number {
  const end = lastInterestingStep(runs);
  const span = TIMELINE_SPANS.find((s) => s >= step) ?? MAX_STEPS;
  if (end >= MAX_STEPS) return span;
  const settled = Math.min(MAX_STEPS, Math.max(end + 5, 20));
  return step <= settled ? settled : span;
}
