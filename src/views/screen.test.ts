import { describe, expect, it } from 'vitest';
import { clampPx, SCREEN_LIMIT } from './screen';

describe('clampPx', () => {
  it('keeps ordinary coordinates and clamps huge or non-finite ones', () => {
    expect(clampPx(12.5)).toBe(12.5);
    expect(clampPx(1e300)).toBe(SCREEN_LIMIT);
    expect(clampPx(-Infinity)).toBe(-SCREEN_LIMIT);
    expect(clampPx(NaN)).toBe(0);
  });
});
