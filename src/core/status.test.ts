import { describe, expect, it } from 'vitest';
import { createNoise } from './noise';
import { presetById } from './presets';
import { statusAt, statusText } from './status';
import { runTrajectory } from './trajectory';

describe('statusAt', () => {
  it('says a cycling run cycles (Beale SGD bounces between two points forever)', () => {
    const run = runTrajectory(
      presetById('beale'),
      { w0: [-1, 1.5], eta: 0.01, beta: 0.9, optimizer: 'sgd' },
      3000,
    );
    const s = statusAt(run, 3000);
    expect(s.kind).toBe('cycling');
    expect(statusText(s)).toMatch(/^cycles with period 2 from step \d+$/);
    if (s.kind !== 'cycling') return;
    expect(statusAt(run, s.step - 1).kind).toBe('running');
  });

  it('does not call a converging run cycling', () => {
    const run = runTrajectory(presetById('quadratic'), { w0: [2.5], eta: 0.1, beta: 0.9 }, 2000);
    expect(statusAt(run, 2000).kind).toBe('converged');
  });

  it('with noise, a run that has settled hovers and says at what mean loss', () => {
    const p = presetById('ravine');
    const noise = createNoise(3, 1, 2);
    const run = runTrajectory(p, { w0: [-9, 3], eta: 0.02, beta: 0.9, noise }, 3000);
    const s = statusAt(run, 3000);
    expect(s.kind).toBe('hovering');
    expect(statusText(s)).toMatch(/^hovering: mean loss over the last 100 steps [\d.]+/);
    expect(statusAt(run, 5).kind).toBe('running');
  });

  it('with noise, a run that settled early reads hovering by step 1000, not running (ravine, σ = 1)', () => {
    const p = presetById('ravine');
    const noise = createNoise(1, 1, 2);
    const run = runTrajectory(p, { w0: [-9, 3], eta: 0.038, beta: 0.7, noise }, 1000);
    expect(statusAt(run, 1000).kind).toBe('hovering');
    // While it still descends (the first 100 steps), it is running.
    expect(statusAt(run, 150).kind).toBe('running');
  });

  it('with noise, a run still descending fast reads running (ravine SGD at a small η, σ = 0.01)', () => {
    const p = presetById('ravine');
    const noise = createNoise(1, 0.01, 2);
    const run = runTrajectory(p, { w0: [-9, 3], eta: 0.002, beta: 0, noise }, 1200);
    expect(statusAt(run, 1200).kind).toBe('running');
  });

  it('with noise, a run hovering at a negative loss reads hovering (double well, σ = 0.5)', () => {
    const p = presetById('double-well');
    const noise = createNoise(1, 0.5, 1);
    for (const optimizer of ['sgd', 'momentum'] as const) {
      const run = runTrajectory(p, { w0: [2], eta: 0.02, beta: 0.9, optimizer, noise }, 800);
      const s = statusAt(run, 800);
      expect(s.kind, optimizer).toBe('hovering');
      if (s.kind === 'hovering') expect(s.meanLoss).toBeLessThan(0);
      expect(statusText(s)).toMatch(/^hovering: mean loss over the last 100 steps \u2212\d/);
    }
  });
});
