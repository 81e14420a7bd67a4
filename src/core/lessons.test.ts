import { describe, expect, it } from 'vitest';
import { presetById, PRESETS, type PresetId } from './presets';
import { statusAt, type RunStatus } from './status';
import { runTrajectory, MAX_STEPS, type Trajectory } from './trajectory';

/** What a preset's lesson says its two default runs do; each claim is checked against the runs. */
interface Claim {
  readonly status: RunStatus['kind'];
  /** The step the lesson names (converged/diverged/cycle start). */
  readonly step?: number;
  /** Where the run ends up (to 2 decimals), when the lesson names a point. */
  readonly at?: readonly number[];
  /** The cycle's period, when it cycles. */
  readonly period?: number;
}

const CLAIMS: Record<PresetId, { sgd: Claim; momentum: Claim; ratio?: number }> = {
  quadratic: {
    sgd: { status: 'converged', step: 70 },
    momentum: { status: 'converged', step: 269 },
  },
  'double-well': {
    sgd: { status: 'converged', step: 72, at: [1.13] },
    momentum: { status: 'converged', step: 259, at: [-1.3] },
  },
  ravine: {
    sgd: { status: 'converged', step: 414 },
    momentum: { status: 'converged', step: 99 },
    ratio: 4.2,
  },
  rosenbrock: {
    sgd: { status: 'converged', step: 32689, at: [1, 1] },
    momentum: { status: 'converged', step: 3118, at: [1, 1] },
  },
  himmelblau: {
    sgd: { status: 'converged', step: 62, at: [3, 2] },
    momentum: { status: 'converged', step: 345, at: [3.58, -1.85] },
  },
  beale: {
    sgd: { status: 'cycling', step: 241, period: 2 },
    momentum: { status: 'converged', step: 561, at: [3, 0.5] },
  },
};

function settle(run: Trajectory): RunStatus {
  return statusAt(run, MAX_STEPS);
}

function end(run: Trajectory): number[] {
  const t = run.length - 1;
  return Array.from(run.w.subarray(t * run.dim, (t + 1) * run.dim));
}

/** Numbers in a lesson as written (with the typographic minus). */
const mentions = (text: string, n: number) => text.replace(/\u2212/g, '-').includes(String(n));

describe('every preset lesson says what its default runs actually do', () => {
  for (const preset of PRESETS) {
    it(preset.id, () => {
      const claims = CLAIMS[preset.id];
      const run = (optimizer: 'sgd' | 'momentum') =>
        runTrajectory(
          presetById(preset.id),
          { w0: preset.w0, eta: preset.eta, beta: preset.beta, optimizer },
          MAX_STEPS,
        );
      const runs = { sgd: run('sgd'), momentum: run('momentum') };
      for (const name of ['sgd', 'momentum'] as const) {
        const claim = claims[name];
        const s = settle(runs[name]);
        expect(s.kind, `${name} status`).toBe(claim.status);
        if (claim.step !== undefined) {
          expect('step' in s ? s.step : null, `${name} step`).toBe(claim.step);
          expect(mentions(preset.lesson, claim.step), `lesson names step ${claim.step}`).toBe(true);
        }
        if (claim.period !== undefined && s.kind === 'cycling') expect(s.period).toBe(claim.period);
        if (claim.at) {
          end(runs[name]).forEach((v, i) => expect(v).toBeCloseTo(claim.at?.[i] ?? NaN, 1));
          for (const v of claim.at)
            expect(mentions(preset.lesson, v), `lesson names ${v}`).toBe(true);
        }
      }
      if (claims.ratio !== undefined) {
        const a = runs.sgd.convergedAt ?? NaN;
        const b = runs.momentum.convergedAt ?? NaN;
        expect(Math.round((a / b) * 10) / 10).toBe(claims.ratio);
        expect(preset.lesson).toContain(`${claims.ratio}×`);
      }
    });
  }
});
