import { describe, expect, it } from 'vitest';
import { presetById } from '../../core/presets';
import { rowOf, runTrajectory } from '../../core/trajectory';
import { decompose } from '../../core/decomposition';
import {
  glides,
  sameSettings,
  superscript,
  waterfallDomain,
  waterfallExtent,
  waterfallRows,
} from './waterfall';

describe('waterfallRows', () => {
  it('chains the terms so the last bar ends at m_t (quadratic, step 3: 0.23 + 0.36 + 0.405)', () => {
    const run = runTrajectory(presetById('quadratic'), { w0: [2.5], eta: 0.1, beta: 0.9 }, 10);
    const rows = waterfallRows(decompose(run, 3), 1);
    expect(rows.map((r) => r.key)).toEqual(['g2', 'g1', 'g0']);
    expect(rows.map((r) => r.value[0])).toEqual([
      expect.closeTo(0.23, 15),
      expect.closeTo(0.36, 15),
      expect.closeTo(0.405, 15),
    ]);
    expect(rows[1]?.from).toEqual(rows[0]?.to);
    expect(rows[2]?.to[0]).toBeCloseTo(rowOf(run, 'm', 3)[0] ?? NaN, 14);
  });

  it('adds one aggregate row for the older terms, in 2D', () => {
    const p = presetById('ravine');
    const run = runTrajectory(p, { w0: p.w0, eta: p.eta, beta: p.beta }, 100);
    const rows = waterfallRows(decompose(run, 50, 30), 2);
    expect(rows).toHaveLength(31);
    expect(rows[30]).toMatchObject({ key: 'rest', k: null, count: 20 });
    const m = rowOf(run, 'm', 50);
    expect(rows[30]?.to[0]).toBeCloseTo(m[0] ?? NaN, 12);
    expect(rows[30]?.to[1]).toBeCloseTo(m[1] ?? NaN, 12);
  });

  it('spans 0, every running sum and the extra values', () => {
    const run = runTrajectory(presetById('quadratic'), { w0: [2.5], eta: 0.1, beta: 0.9 }, 10);
    const rows = waterfallRows(decompose(run, 3), 1);
    expect(waterfallExtent(rows, 0, [-0.2])).toEqual([-0.2, expect.closeTo(0.995, 14)]);
    expect(waterfallExtent([], 0, [])).toEqual([-1, 1]);
    expect(superscript(12)).toBe('¹²');
  });
});

describe('waterfallDomain', () => {
  it('widens to SGD’s m_t when it is comparable, and clips it when it would squash the bars', () => {
    const run = runTrajectory(presetById('quadratic'), { w0: [2.5], eta: 0.1, beta: 0.9 }, 10);
    const rows = waterfallRows(decompose(run, 3), 1);
    expect(waterfallDomain(rows, 0, 0.995, 0.32)).toEqual({
      domain: [0, expect.closeTo(0.995, 14)],
      sgdClipped: false,
    });
    expect(waterfallDomain(rows, 0, 0.995, -1)).toEqual({
      domain: [-1, expect.closeTo(0.995, 14)],
      sgdClipped: false,
    });
    const far = waterfallDomain(rows, 0, 0.995, -2.6e5);
    expect(far.sgdClipped).toBe(true);
    expect(far.domain[0]).toBe(0);
  });
});

describe('glides', () => {
  const settings = { eta: 0.1 };
  const at = (step: number, s: object = settings, id: string | null = 'momentum') => ({
    step,
    settings: s,
    id,
  });
  it('lets the bars glide for one step forward or back, paused', () => {
    expect(glides(at(4), at(5), false)).toBe(true);
    expect(glides(at(5), at(4), false)).toBe(true);
  });
  it('treats settings re-set to the same values as unchanged', () => {
    expect(glides(at(4), at(5, { eta: 0.1 }), false)).toBe(true);
    expect(sameSettings({ w0: [1, 2], f: '' }, { w0: [1, 2], f: '' })).toBe(true);
    expect(sameSettings({ w0: [1, 2] }, { w0: [1, 3] })).toBe(false);
    expect(sameSettings({ a: 1 }, { a: 1, b: 2 })).toBe(false);
  });
  it('never while playing, for a jump, a settings change or another run', () => {
    expect(glides(at(4), at(5), true)).toBe(false);
    expect(glides(at(4), at(6), false)).toBe(false);
    expect(glides(at(4), at(4, { eta: 0.2 }), false)).toBe(false);
    expect(glides(at(4), at(5, { eta: 0.2 }), false)).toBe(false);
    expect(glides(at(4), at(5, settings, 'nesterov'), false)).toBe(false);
  });
});
