import { describe, expect, it } from 'vitest';
import { screenPath } from '../surface/decimate';
import { dotsD, polylineD, screenPathD } from './svgPaths';

describe('polylineD', () => {
  it('starts a new sub-path after a NaN pair, as the canvas does', () => {
    expect(polylineD([0, 0, 10.123, 5, NaN, NaN, 10.123, 5, 20, 7])).toBe(
      'M0,0L10.12,5M10.12,5L20,7',
    );
    expect(polylineD([])).toBe('');
  });

  it('clamps absurd coordinates so Chromium can parse every number', () => {
    const d = polylineD([0, 0, 1e300, -1e300]);
    expect(d).toBe('M0,0L100000,-100000');
    expect(d).not.toMatch(/e|Infinity|NaN/);
  });
});

describe('dotsD', () => {
  it('draws one marker per dot in the run’s shape', () => {
    const d = dotsD([1, 2, 3, 4], 'square', 2);
    expect(d.match(/M/g)?.length).toBe(2);
    expect(d.match(/Z/g)?.length).toBe(2);
    expect(dotsD([5, 5], 'circle', 1)).toMatch(/^M4,5a1,1 /);
  });
});

describe('screenPathD', () => {
  it('turns a decimated run into a line through every kept vertex', () => {
    const pts: [number, number][] = [
      [0, 0],
      [10, 0],
      [10, 10],
      [0, 10],
    ];
    const path = screenPath(
      (t) => pts[t] ?? [0, 0],
      3,
      (x, y) => [x * 2, y * 2],
    );
    const { line, dots } = screenPathD(path, 'diamond', 2);
    expect(line).toBe('M0,0L20,0L20,20L0,20');
    // Dots for the steps before the current one (the current point is drawn as the big marker).
    expect(dots.match(/M/g)?.length).toBe(3);
  });
});
