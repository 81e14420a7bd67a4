import { describe, expect, it } from 'vitest';
import { roundToPixel } from './pointer';

describe('roundToPixel', () => {
  it('keeps as many decimals as one pixel resolves', () => {
    expect(roundToPixel(1.3712408963, 0.01)).toBe(1.37);
    expect(roundToPixel(1.3712408963, 0.004)).toBe(1.371);
    expect(roundToPixel(-123.456, 2)).toBe(-123);
    expect(roundToPixel(-0.0001, 0.01)).toBe(0);
  });
});
