import { describe, expect, it } from 'vitest';
import { presetById } from '../../core/presets';
import { curveScales } from './curveScales';

describe('curveScales', () => {
  it('maps the view across the width and the loss range (padded, nice) up the height', () => {
    const q = presetById('quadratic');
    const { x, y } = curveScales(q.loss, [-3, 3], 600, 300);
    expect(x(-3)).toBe(0);
    expect(x(3)).toBe(600);
    // L ∈ [0, 9], padded by 0.72 each way, made nice: [−1, 10].
    expect(y.domain()).toEqual([-1, 10]);
    expect(y(-1)).toBe(300);
    expect(y(10)).toBe(0);
  });
});
