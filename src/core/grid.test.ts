import { describe, expect, it } from 'vitest';
import { gridShape, gridX, gridY, sampleGrid } from './grid';
import { presetById } from './presets';

describe('sampleGrid', () => {
  it('samples cell centres, row 0 at the top, row-major', () => {
    const g = sampleGrid((w) => 10 * (w[0] ?? 0) + (w[1] ?? 0), [0, 4], [0, 2], 4, 2);
    expect(g.nx).toBe(4);
    expect(g.ny).toBe(2);
    expect([gridX(g, 0), gridX(g, 3)]).toEqual([0.5, 3.5]);
    expect([gridY(g, 0), gridY(g, 1)]).toEqual([1.5, 0.5]);
    // values[j·nx + i] = L(x_i, y_j)
    expect(Array.from(g.values)).toEqual([6.5, 16.5, 26.5, 36.5, 5.5, 15.5, 25.5, 35.5]);
    expect(g.min).toBe(5.5);
    expect(g.max).toBe(36.5);
  });

  it('matches the preset loss at every sample of a 2D preset', () => {
    const p = presetById('rosenbrock');
    const [vx, vy] = [p.view[0]!, p.view[1]!];
    const g = sampleGrid(p.loss, vx, vy, 40, 40);
    for (const [i, j] of [
      [0, 0],
      [39, 39],
      [17, 5],
    ] as const) {
      expect(g.values[j * 40 + i]).toBe(p.loss([gridX(g, i), gridY(g, j)]));
    }
    // Samples stay inside the view.
    expect(gridX(g, 0)).toBeGreaterThan(vx[0]);
    expect(gridY(g, 0)).toBeLessThan(vy[1]);
  });

  it('stores non-finite losses as NaN and leaves them out of min and max', () => {
    const g = sampleGrid((w) => ((w[0] ?? 0) < 1 ? Infinity : 3), [0, 2], [0, 1], 2, 1);
    expect(Number.isNaN(g.values[0])).toBe(true);
    expect(g.values[1]).toBe(3);
    expect([g.min, g.max]).toEqual([3, 3]);
    const none = sampleGrid(() => NaN, [0, 1], [0, 1], 2, 2);
    expect(Number.isNaN(none.min)).toBe(true);
  });
});

describe('gridShape', () => {
  it('gives square cells, the long side getting the requested count', () => {
    expect(gridShape([-10, 10], [-5, 5], 200)).toEqual([200, 100]);
    expect(gridShape([0, 1], [0, 4], 200)).toEqual([50, 200]);
    expect(gridShape([-5, 5], [-5, 5], 240)).toEqual([240, 240]);
  });
  it('never goes below 2 samples a side', () => {
    expect(gridShape([0, 1000], [0, 1], 100)).toEqual([100, 2]);
    expect(gridShape([0, 0], [0, 1], 1)).toEqual([2, 2]);
  });
});
