import { describe, expect, it } from 'vitest';
import fc from 'fast-check';
import { presetById } from '../core/presets';
import { runTrajectory } from '../core/trajectory';
import {
  clampWindow,
  edgeMarker,
  fitWindow,
  panWindow,
  wheelFactor,
  zoomWindow,
} from './viewWindow';

describe('view windows', () => {
  it('fit holds every path point to the step and w₀, with a margin', () => {
    const p = presetById('quadratic');
    const run = runTrajectory(p, { w0: [1000], eta: 0.1, beta: 0.9 }, 20);
    const [[a, b] = [0, 0]] = fitWindow([run], [1000], 20);
    for (let t = 0; t <= 20; t++) {
      expect(run.w[t]).toBeGreaterThan(a);
      expect(run.w[t]).toBeLessThan(b);
    }
    expect(b).toBeGreaterThan(1000);
  });

  it('fit of a single point gives a window around it', () => {
    const [[a, b] = [0, 0], [c, d] = [0, 0]] = fitWindow([], [2, 3], 0);
    expect(a).toBeLessThan(2);
    expect(b).toBeGreaterThan(2);
    expect(c).toBeLessThan(3);
    expect(d).toBeGreaterThan(3);
  });

  it('zoom keeps the point under the pointer fixed', () => {
    fc.assert(
      fc.property(
        fc.double({ min: -100, max: 100, noNaN: true }),
        fc.double({ min: 0.1, max: 10, noNaN: true }),
        fc.double({ min: 0.5, max: 2, noNaN: true }),
        (lo, span, factor) => {
          const w = [[lo, lo + span] as const];
          const c = lo + span * 0.3;
          const [[a, b] = [0, 0]] = zoomWindow(w, [c], factor);
          // The pointer's relative position in the window is unchanged, up to the tidy rounding
          // of the edges to a thousandth of the span.
          expect(Math.abs((c - a) / (b - a) - 0.3)).toBeLessThan(2e-3);
          expect(Math.abs(b - a - span * factor)).toBeLessThan(2e-3 * span * factor);
        },
      ),
    );
  });

  it('pan moves both edges, clamp keeps windows valid', () => {
    expect(panWindow([[0, 1]], [2])).toEqual([[2, 3]]);
    const [[a, b] = [0, 0]] = clampWindow([[5, 5]]);
    expect(b).toBeGreaterThan(a);
    const [[c, d] = [0, 0]] = clampWindow([[-1e20, 1e20]]);
    expect(c).toBeGreaterThanOrEqual(-1e9);
    expect(d).toBeLessThanOrEqual(1e9);
  });

  it('wheel zooms out for positive deltaY and in for negative', () => {
    expect(wheelFactor(100, 0)).toBeGreaterThan(1);
    expect(wheelFactor(-100, 0)).toBeLessThan(1);
    expect(wheelFactor(3, 1)).toBeCloseTo(wheelFactor(99, 0), 10);
  });

  it('an edge marker points from the edge towards a point outside, none inside', () => {
    const w = [
      [-1, 1],
      [-1, 1],
    ] as const;
    expect(edgeMarker(w, [0, 0])).toBeNull();
    const m = edgeMarker(w, [5, 0]);
    expect(m?.at).toEqual([1, 0]);
    expect(m?.dir[0]).toBeCloseTo(1, 12);
  });
});
