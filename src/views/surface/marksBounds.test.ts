import fc from 'fast-check';
import { describe, expect, it } from 'vitest';
import { MARK_REACH_PX, marksBounds } from './marksBounds';

describe('marksBounds', () => {
  it('covers every vertex with the marks’ reach, in device px', () => {
    const r = marksBounds([[20, 30, 50, 40], [], [35, 60]], 2, 400, 300);
    expect(r).toEqual({
      x: (20 - MARK_REACH_PX) * 2,
      y: (30 - MARK_REACH_PX) * 2,
      w: (50 - 20 + 2 * MARK_REACH_PX) * 2,
      h: (60 - 30 + 2 * MARK_REACH_PX) * 2,
    });
  });

  it('skips the NaN pairs that break a path, and is empty without a vertex', () => {
    expect(marksBounds([[NaN, NaN, 10, 10, NaN, NaN]], 1, 100, 100)).toEqual(
      marksBounds([[10, 10]], 1, 100, 100),
    );
    expect(marksBounds([[], [NaN, NaN]], 1, 100, 100)).toEqual({ x: 0, y: 0, w: 0, h: 0 });
  });

  it('is cut to the canvas (a diverging run’s vertices lie far off)', () => {
    expect(marksBounds([[-1e5, 5, 1e5, 1e6]], 1.5, 150, 90)).toEqual({ x: 0, y: 0, w: 150, h: 90 });
    // Wholly outside: nothing to copy.
    expect(marksBounds([[500, 500, 600, 700]], 1, 100, 100)).toMatchObject({ w: 0 });
  });

  it('holds every vertex’s reach on the canvas, at any pixel ratio', () => {
    const xy = fc.double({ min: -50, max: 250, noNaN: true });
    fc.assert(
      fc.property(
        fc.array(fc.tuple(xy, xy), { minLength: 1, maxLength: 20 }),
        fc.constantFrom(1, 1.25, 2, 3),
        (pts, dpr) => {
          const W = Math.round(200 * dpr);
          const H = Math.round(150 * dpr);
          const r = marksBounds([pts.flat()], dpr, W, H);
          for (const [x, y] of pts) {
            // Every device pixel within the reach of a vertex, and on the canvas, is inside.
            const left = Math.max(0, Math.floor((x - MARK_REACH_PX) * dpr));
            const right = Math.min(W, Math.ceil((x + MARK_REACH_PX) * dpr));
            const top = Math.max(0, Math.floor((y - MARK_REACH_PX) * dpr));
            const bottom = Math.min(H, Math.ceil((y + MARK_REACH_PX) * dpr));
            if (left >= right || top >= bottom) continue;
            expect(r.x).toBeLessThanOrEqual(left);
            expect(r.x + r.w).toBeGreaterThanOrEqual(right);
            expect(r.y).toBeLessThanOrEqual(top);
            expect(r.y + r.h).toBeGreaterThanOrEqual(bottom);
          }
        },
      ),
    );
  });
});
