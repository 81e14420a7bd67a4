import fc from 'fast-check';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { clipPolyline } from '../clip';
import { stretch } from './stretch';

/** Path2D stand-in (node has none): records sub-paths as vertex lists. */
class FakePath {
  readonly subpaths: number[][] = [];
  moveTo(x: number, y: number) {
    this.subpaths.push([x, y]);
  }
  lineTo(x: number, y: number) {
    this.subpaths[this.subpaths.length - 1]?.push(x, y);
  }
}

const saved = (globalThis as { Path2D?: unknown }).Path2D;
beforeAll(() => {
  (globalThis as { Path2D?: unknown }).Path2D = FakePath;
});
afterAll(() => {
  (globalThis as { Path2D?: unknown }).Path2D = saved;
});

const box = { x0: 0, y0: 0, x1: 100, y1: 100 };

/** Every sub-path stroked, in order, as flat x, y lists. */
function strokes(xs: readonly number[]): number[][] {
  const s = stretch(xs, 0, [], 0, box);
  return s.pieces.flatMap((p) => (p.path as unknown as FakePath).subpaths);
}

/** clipPolyline's sub-paths, split at its NaN pairs, lone vertices (nothing to stroke) dropped. */
function clipped(xs: readonly number[]): number[][] {
  const out: number[][] = [[]];
  const c = clipPolyline(xs, box);
  for (let i = 0; i < c.length; i += 2) {
    const x = c[i] ?? NaN;
    if (Number.isNaN(x)) out.push([]);
    else out[out.length - 1]?.push(x, c[i + 1] ?? NaN);
  }
  return out.filter((p) => p.length > 2);
}

describe('stretch', () => {
  it('strokes a line inside the area vertex for vertex and measures it for the dashes', () => {
    const s = stretch([10, 10, 40, 50, 40, 60], 0, [70, 60], 5, box);
    expect(strokes([10, 10, 40, 50, 40, 60])).toEqual([[10, 10, 40, 50, 40, 60]]);
    // 5 already drawn, then 50 + 10 committed; the tail does not count.
    expect(s.dashAt).toBeCloseTo(65, 12);
  });

  it('cuts the line where it leaves the area and starts afresh where it comes back', () => {
    const s = stretch([50, 50, 50, 1000, 60, 50], 0, [], 0, box);
    expect(s.pieces.map((p) => p.dashAt)).toEqual([0, 0]);
    expect(strokes([50, 50, 50, 1000, 60, 50])).toEqual(clipped([50, 50, 50, 1000, 60, 50]));
  });

  it('strokes what clipPolyline keeps, for any polyline in and around the area', () => {
    // Tenths plus 0.05: never exactly on an edge (0 or 100), where a segment that only touches
    // the area is a matter of rounding.
    const coord = fc.integer({ min: -3000, max: 4000 }).map((v) => v / 10 + 0.05);
    fc.assert(
      fc.property(fc.array(fc.tuple(coord, coord), { minLength: 2, maxLength: 30 }), (pts) => {
        const xs = pts.flat();
        const got = strokes(xs).filter((p) => p.length > 2);
        const want = clipped(xs);
        expect(got.length).toBe(want.length);
        got.forEach((p, i) => {
          expect(p.length).toBe(want[i]?.length);
          p.forEach((v, k) => expect(v).toBeCloseTo(want[i]?.[k] ?? NaN, 9));
        });
      }),
    );
  });
});
