import { describe, expect, it } from 'vitest';
import { fitScale, MIN_EQ_SCALE } from './fitScale';

describe('fitScale', () => {
  it('keeps a line that fits at full size', () => {
    expect(fitScale(300, 332)).toEqual({ scale: 1, overflow: false });
    expect(fitScale(331, 332)).toEqual({ scale: 1, overflow: false });
  });

  it('shrinks a wider line just enough to fit, a pixel to spare, rounded down', () => {
    const { scale, overflow } = fitScale(403, 332);
    expect(overflow).toBe(false);
    expect(scale).toBe(0.82);
    expect(403 * scale).toBeLessThanOrEqual(331);
  });

  it('scrolls a line that would need shrinking past the minimum, at the minimum', () => {
    expect(fitScale(1000, 332)).toEqual({ scale: MIN_EQ_SCALE, overflow: true });
  });

  it('leaves unmeasured lines alone', () => {
    expect(fitScale(0, 332)).toEqual({ scale: 1, overflow: false });
    expect(fitScale(400, 0)).toEqual({ scale: 1, overflow: false });
  });
});
