import { describe, expect, it } from 'vitest';
import { presetById } from '../../core/presets';
import { bandIndex, rasterPixels } from './drawSurface';
import { surfaceLevels } from './surfaceLevels';

describe('bandIndex', () => {
  it('is the highest level at or below the value, −1 below all or not finite', () => {
    const levels = [0, 1, 10, 100];
    expect(bandIndex(levels, -1)).toBe(-1);
    expect(bandIndex(levels, NaN)).toBe(-1);
    expect(bandIndex(levels, 0)).toBe(0);
    expect(bandIndex(levels, 0.5)).toBe(0);
    expect(bandIndex(levels, 1)).toBe(1);
    expect(bandIndex(levels, 99)).toBe(2);
    expect(bandIndex(levels, 1e9)).toBe(3);
  });
});

describe('rasterPixels', () => {
  it("paints each sample its band's colour, opaque", () => {
    const lv = surfaceLevels(presetById('rosenbrock'));
    const px = rasterPixels(lv);
    expect(px.length).toBe(4 * lv.grid.nx * lv.grid.ny);
    for (const i of [0, 17, Math.floor(lv.grid.values.length / 2), lv.grid.values.length - 1]) {
      const k = bandIndex(lv.levels, lv.grid.values[i]!);
      expect(k).toBeGreaterThanOrEqual(0);
      expect([...px.slice(4 * i, 4 * i + 4)]).toEqual([...lv.rgb.slice(3 * k, 3 * k + 3), 255]);
    }
    // The lowest sample is band 0 (the darkest colour), the highest the top band.
    let lo = 0;
    let hi = 0;
    lv.grid.values.forEach((v, i) => {
      if (v < lv.grid.values[lo]!) lo = i;
      if (v > lv.grid.values[hi]!) hi = i;
    });
    expect([...px.slice(4 * lo, 4 * lo + 3)]).toEqual([...lv.rgb.slice(0, 3)]);
    const top = lv.levels.length - 1;
    expect([...px.slice(4 * hi, 4 * hi + 3)]).toEqual([...lv.rgb.slice(3 * top, 3 * top + 3)]);
  });
});
