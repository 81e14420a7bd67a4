import { describe, expect, it } from 'vitest';
import { presetById } from '../core/presets';
import { presetSettings } from '../state/settings';
import { lessonCaveat } from './lessonCaveat';

const ravine = presetById('ravine');

describe('lessonCaveat: a lesson is qualified whenever it does not describe the screen', () => {
  it('says nothing at the preset defaults with exact gradients', () => {
    expect(lessonCaveat(ravine, presetSettings(ravine))).toBeNull();
  });

  it('names the defaults the lesson is for once η, β, w₀ or a run’s η differ', () => {
    const base = presetSettings(ravine);
    for (const changed of [
      { ...base, eta: 0.02 },
      { ...base, beta: 0.9 },
      { ...base, w0: [-9, 2] },
      { ...base, etaByRun: { sgd: 0.01 } },
    ]) {
      const text = lessonCaveat(ravine, changed);
      expect(text).toContain(`η = ${ravine.eta}`);
      expect(text).toContain(`β = ${ravine.beta}`);
      expect(text).toContain('w₀ = (−9, 3)');
    }
  });

  it('says that with noise runs hover rather than converge, at any settings', () => {
    const noisy = { ...presetSettings(ravine), noise: 0.5 };
    expect(lessonCaveat(ravine, noisy)).toMatch(/σ = 0\.5.*no run converges.*hover/);
    expect(lessonCaveat(ravine, { ...noisy, eta: 0.02 })).toMatch(/hover/);
  });
});

describe('lessonCaveat when the lesson’s runs are not shown', () => {
  it('asks for the missing run by name', () => {
    const base = presetSettings(ravine);
    expect(lessonCaveat(ravine, { ...base, opt: ['sgd', 'adam'] })).toBe(
      'The lesson above compares SGD and Momentum; tick Momentum under Runs to see it.',
    );
    expect(lessonCaveat(ravine, { ...base, opt: ['adam'] })).toContain('tick SGD and Momentum');
  });
});
