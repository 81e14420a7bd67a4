import { contours } from 'd3-contour';
import { describe, expect, it } from 'vitest';
import { presetById } from '../core/presets';
import { contourSurface, flattenBand, GRID_LONG_SIDE } from './contours';

describe('flattenBand', () => {
  it('keeps every ring and point of a d3 multipolygon, in order', () => {
    const values = [0, 0, 0, 0, 0, 5, 5, 0, 0, 5, 5, 0, 0, 0, 0, 0, 9, 0, 0, 9];
    const [band] = contours().size([4, 5]).thresholds([1])(values);
    if (!band) throw new Error('no band');
    const flat = flattenBand(band);
    const rings = band.coordinates.flat();
    expect(flat.rings.length).toBe(rings.length + 1);
    rings.forEach((ring, r) => {
      const from = flat.rings[r]!;
      expect(flat.rings[r + 1]! - from).toBe(ring.length);
      ring.forEach(([x, y], i) => {
        expect(flat.coords[2 * (from + i)]).toBe(x);
        expect(flat.coords[2 * (from + i) + 1]).toBe(y);
      });
    });
    expect(rings.length).toBeGreaterThan(1);
  });
});

describe('contourSurface', () => {
  it('contours the fine grid at the given levels, the lowest band covering the whole window', () => {
    const p = presetById('ravine');
    const window = [p.view[0]!, p.view[1]!] as const;
    const out = contourSurface(p.loss, window, [1, 10, 100]);
    expect([out.nx, out.ny]).toEqual([GRID_LONG_SIDE, GRID_LONG_SIDE / 2]);
    expect(out.bands).toHaveLength(3);
    // Band 0 is lowered to the grid's minimum: its outline is the frame of the grid.
    const b0 = out.bands[0]!;
    const xs = Array.from(b0.coords.filter((_, i) => i % 2 === 0));
    expect(Math.min(...xs)).toBeLessThanOrEqual(0.5);
    expect(Math.max(...xs)).toBeGreaterThanOrEqual(out.nx - 0.5);
    expect(out.bands[2]!.coords.length).toBeGreaterThan(0);
  });
});
