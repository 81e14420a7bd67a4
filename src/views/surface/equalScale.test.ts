import { describe, expect, it } from 'vitest';
import fc from 'fast-check';
import { equalScale } from './equalScale';

describe('equalScale', () => {
  it('gives the ravine view a 2:1 box that fills the width when height allows', () => {
    const s = equalScale([-10, 10], [-5, 5], 800, 600);
    expect([s.width, s.height, s.pxPerUnit]).toEqual([800, 400, 40]);
    expect(s.toScreen(-10, 5)).toEqual([0, 0]);
    expect(s.toScreen(10, -5)).toEqual([800, 400]);
    expect(s.toScreen(0, 0)).toEqual([400, 200]);
  });

  it('is limited by height for a tall box', () => {
    const s = equalScale([-2, 2], [-1, 3], 1000, 500);
    expect([s.width, s.height]).toEqual([500, 500]);
    expect(s.toData(0, 500)).toEqual([-2, -1]);
  });

  it('keeps one data unit the same length on both axes, fits, and round-trips', () => {
    fc.assert(
      fc.property(
        fc.double({ min: -1e3, max: 1e3, noNaN: true }),
        fc.double({ min: 1e-3, max: 1e3, noNaN: true }),
        fc.double({ min: -1e3, max: 1e3, noNaN: true }),
        fc.double({ min: 1e-3, max: 1e3, noNaN: true }),
        fc.double({ min: 10, max: 4000, noNaN: true }),
        fc.double({ min: 10, max: 4000, noNaN: true }),
        (x0, sx, y0, sy, mw, mh) => {
          const s = equalScale([x0, x0 + sx], [y0, y0 + sy], mw, mh);
          const [ax, ay] = s.toScreen(x0, y0);
          const [bx] = s.toScreen(x0 + 1, y0);
          const [, cy] = s.toScreen(x0, y0 + 1);
          const ux = bx - ax;
          const uy = ay - cy;
          expect(Math.abs(ux - uy)).toBeLessThanOrEqual(1e-9 * Math.max(ux, 1));
          expect(s.width).toBeLessThanOrEqual(mw * (1 + 1e-12));
          expect(s.height).toBeLessThanOrEqual(mh * (1 + 1e-12));
          // One side touches its limit: the box is as large as it can be.
          const fills = Math.max(s.width / mw, s.height / mh);
          expect(Math.abs(fills - 1)).toBeLessThan(1e-9);
          expect(Math.abs(s.width / s.height - sx / sy)).toBeLessThan(1e-9 * (sx / sy));
          const [px, py] = s.toScreen(x0 + sx / 3, y0 + sy / 4);
          const [dx, dy] = s.toData(px, py);
          expect(Math.abs(dx - (x0 + sx / 3))).toBeLessThan(1e-9 * (Math.abs(x0) + sx));
          expect(Math.abs(dy - (y0 + sy / 4))).toBeLessThan(1e-9 * (Math.abs(y0) + sy));
        },
      ),
    );
  });

  it('maps to a zero box for degenerate input', () => {
    const s = equalScale([1, 1], [0, 1], 100, 100);
    expect([s.width, s.height]).toEqual([0, 0]);
    expect(s.toData(5, 5)).toEqual([1, 1]);
  });
});
