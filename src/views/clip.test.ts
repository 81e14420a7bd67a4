import { describe, expect, it } from 'vitest';
import { areaRect, clipPolyline, clipSegment, dotsInside } from './clip';

const box = { x0: 0, y0: 0, x1: 100, y1: 100 };
const pairs = (a: Float64Array) => Array.from(a).map((v) => (Number.isNaN(v) ? 'NaN' : v));

describe('clipPolyline', () => {
  it('keeps a line inside the box as it is', () => {
    expect(pairs(clipPolyline([10, 10, 50, 50, 90, 10], box))).toEqual([10, 10, 50, 50, 90, 10]);
  });

  it('cuts a segment that leaves the box at the edge and restarts where it comes back', () => {
    const out = pairs(clipPolyline([50, 50, 50, 100000, 60, 50], box));
    expect(out.slice(0, 6)).toEqual([50, 50, 50, 100, 'NaN', 'NaN']);
    // Back in where (50, 100000) → (60, 50) crosses y = 100: x = 50 + 10·99900/99950.
    expect(out[6]).toBeCloseTo(50 + (10 * 99900) / 99950, 9);
    expect(out.slice(7)).toEqual([100, 60, 50]);
  });

  it('keeps the visible middle of a segment crossing the box from far away', () => {
    const out = clipPolyline([-100000, 50, 100000, 50], box);
    expect(out.length).toBe(4);
    [0, 50, 100, 50].forEach((v, i) => expect(out[i]).toBeCloseTo(v, 6));
  });

  it('drops what is wholly outside and honours existing breaks', () => {
    expect(clipPolyline([200, 200, 300, 300], box).length).toBe(0);
    expect(pairs(clipPolyline([10, 10, 20, 20, NaN, NaN, 30, 30, 40, 40], box))).toEqual([
      10,
      10,
      20,
      20,
      'NaN',
      'NaN',
      30,
      30,
      40,
      40,
    ]);
  });

  it('keeps a lone first point inside (a run at step 0)', () => {
    expect(pairs(clipPolyline([5, 5], box))).toEqual([5, 5]);
  });
});

describe('dotsInside', () => {
  it('keeps only the dots in the box', () => {
    expect(Array.from(dotsInside([1, 1, 500, 1, 50, 50], areaRect(100, 100)))).toEqual([
      1, 1, 50, 50,
    ]);
  });
});

describe('clipSegment', () => {
  it('gives the span inside the box, in the array it is handed when given one', () => {
    const out: [number, number] = [NaN, NaN];
    expect(clipSegment(-50, 50, 150, 50, box, out)).toBe(out);
    expect(out).toEqual([0.25, 0.75]);
    expect(clipSegment(10, 10, 20, 20, box)).toEqual([0, 1]);
    expect(clipSegment(200, 0, 300, 100, box, out)).toBeNull();
  });
});
