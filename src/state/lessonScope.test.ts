import { describe, expect, it } from 'vitest';
import { presetById } from '../core/presets';
import { lessonCaveat } from './lessonScope';
import { presetSettings } from './settings';

const ravine = presetById('ravine');
const show = (v: number) => String(v);

describe('lessonCaveat: a lesson is qualified whenever it does not describe the screen', () => {
  it('says nothing at the preset defaults with exact gradients', () => {
    expect(lessonCaveat(ravine, presetSettings(ravine), show)).toBeNull();
  });

  it('names the defaults the lesson is for once η, β, w₀ or a run’s η differ', () => {
    const base = presetSettings(ravine);
    for (const changed of [
      { ...base, eta: 0.02 },
      { ...base, beta: 0.9 },
      { ...base, w0: [-9, 2] },
      { ...base, etaByRun: { sgd: 0.01 } },
    ]) {
      const text = lessonCaveat(ravine, changed, show);
      expect(text).toContain(`η = ${ravine.eta}`);
      expect(text).toContain(`β = ${ravine.beta}`);
      expect(text).toContain('w₀ = (-9, 3)');
    }
  });

  it('says that with noise runs hover rather than converge, at any settings', () => {
    const noisy = { ...presetSettings(ravine), noise: 0.5 };
    expect(lessonCaveat(ravine, noisy, show)).toMatch(/σ = 0\.5.*no run converges.*hover/);
    expect(lessonCaveat(ravine, { ...noisy, eta: 0.02 }, show)).toMatch(/hover/);
  });
});

describe('lessonCaveat when the lesson’s runs are not shown', () => {
  it('asks for the missing run by name', () => {
    const base = presetSettings(ravine);
    expect(lessonCaveat(ravine, { ...base, opt: ['sgd', 'adam'] }, show)).toBe(
      'The lesson above compares SGD and Momentum; tick Momentum under Runs to see it.',
    );
    expect(lessonCaveat(ravine, { ...base, opt: ['adam'] }, show)).toContain(
      'tick SGD and Momentum',
    );
  });
});
