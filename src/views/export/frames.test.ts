import { describe, expect, it } from 'vitest';
import { HOLD_FRAMES, MAX_FRAMES, planFrames } from './frames';

describe('planFrames', () => {
  it('plays from step 0 to the step on screen at the playback speed', () => {
    const { end, steps } = planFrames(24, 8);
    expect(end).toBe(24);
    expect(steps[0]).toBe(0);
    expect(steps.at(-1)).toBe(24);
    // 24 steps at 8 steps/s is 3 s: 90 frames of motion (plus the first), then the hold.
    expect(steps.length).toBe(91 + HOLD_FRAMES);
    for (let k = 1; k < steps.length; k++) expect(steps[k]).toBeGreaterThanOrEqual(steps[k - 1]!);
    // Every step appears: at 30 fps and 8 steps/s no step is skipped.
    expect(new Set(steps).size).toBe(25);
  });

  it('samples a long descent at evenly spaced steps, at most 300 frames', () => {
    const { steps } = planFrames(5000, 8);
    expect(steps.length).toBe(MAX_FRAMES);
    expect(steps.at(-1)).toBe(5000);
    const gaps = steps.slice(1, 200).map((s, k) => s - steps[k]!);
    expect(Math.max(...gaps) - Math.min(...gaps)).toBeLessThanOrEqual(1);
  });

  it('records the next 10 s of play from step 0', () => {
    expect(planFrames(0, 8).end).toBe(80);
    expect(planFrames(0, 10000).end).toBe(100000);
    expect(planFrames(0, 8).steps.length).toBe(MAX_FRAMES);
  });

  it('has at least two frames of motion for a single step', () => {
    const { steps } = planFrames(1, 2000);
    expect(steps.slice(0, 2)).toEqual([0, 1]);
  });
});
