import { describe, expect, it } from 'vitest';
import { presetById, type PresetId } from '../core/presets';
import { parseUrl } from './urlCodec';
import { computeRuns, ensureRuns, findRun, timelineEnd } from './runs';

describe('timelineEnd', () => {
  it('spans to where both runs settle, plus a little', () => {
    const { settings } = parseUrl('?fn=double-well');
    const runs = computeRuns(presetById(settings.fn as PresetId), settings, 0);
    const settle = Math.max(
      findRun(runs, 'sgd')!.convergedAt!,
      findRun(runs, 'momentum')!.convergedAt!,
    );
    expect(timelineEnd(runs, 0)).toBe(settle + 5);
    expect(timelineEnd(runs, 10)).toBe(settle + 5);
  });

  it('grows through round spans when the runs do not settle, not step by step', () => {
    const { settings } = parseUrl('?fn=ravine&eta=0.00001');
    const runs = computeRuns(presetById(settings.fn as PresetId), settings, 0);
    expect(timelineEnd(runs, 0)).toBe(1000);
    expect(timelineEnd(runs, 1000)).toBe(1000);
    expect(timelineEnd(runs, 1001)).toBe(2000);
    expect(timelineEnd(runs, 1500)).toBe(2000);
    expect(timelineEnd(runs, 30000)).toBe(50000);
    expect(timelineEnd(runs, 99999)).toBe(100000);
  });

  it('covers a step past the settling point', () => {
    const { settings } = parseUrl('?fn=double-well');
    const runs = computeRuns(presetById(settings.fn as PresetId), settings, 0);
    expect(timelineEnd(runs, 5000)).toBeGreaterThanOrEqual(5000);
  });
});

describe('ensureRuns', () => {
  it('extends far ahead, so playing to 100000 re-derives the runs only a few times', () => {
    const { settings } = parseUrl('?fn=ravine&eta=0.00001');
    let runs = computeRuns(presetById(settings.fn as PresetId), settings, 0);
    let changes = 0;
    for (let step = 0; step <= 100000; step += 167) {
      const next = ensureRuns(presetById(settings.fn as PresetId), runs, step);
      if (next !== runs) changes++;
      runs = next;
    }
    expect(findRun(runs, 'sgd')!.length).toBe(100001);
    expect(changes).toBeLessThanOrEqual(8);
  });
});
