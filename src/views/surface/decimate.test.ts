import { describe, expect, it } from 'vitest';
import { screenPath, ScreenPathBuilder } from './decimate';

const identity = (x: number, y: number) => [x, y] as const;

/** Vertices of the polyline, sub-paths split at NaN pairs. */
function subpaths(line: Float64Array): number[][] {
  const out: number[][] = [[]];
  for (let i = 0; i < line.length; i += 2) {
    if (Number.isNaN(line[i])) out.push([]);
    else out[out.length - 1]!.push(line[i]!, line[i + 1]!);
  }
  return out.filter((s) => s.length > 0);
}

describe('screenPath', () => {
  it('keeps a plain path whole, its dots all but the current point', () => {
    const pts = [0, 10, 20, 30].map((x) => [x, x / 2] as const);
    const p = screenPath((t) => pts[t]!, 3, identity);
    expect(Array.from(p.line)).toEqual([0, 0, 10, 5, 20, 10, 30, 15]);
    expect(Array.from(p.dots)).toEqual([0, 0, 10, 5, 20, 10]);
  });

  it('collapses a run that piles up on one pixel, but ends at the current point', () => {
    const p = screenPath((t) => (t === 0 ? [0, 0] : [50 + 1e-6 * t, 50]), 100000, identity);
    expect(p.line.length).toBeLessThanOrEqual(8);
    expect(Array.from(p.line.slice(-2))).toEqual([50 + 1e-6 * 100000, 50]);
    expect(p.dots.length).toBeLessThanOrEqual(6);
  });

  it('draws a zig-zag retraced 50000 times only once', () => {
    const p = screenPath((t) => [100 + 1e-7 * t, t % 2 ? 110 : 100] as const, 50000, identity);
    expect(p.line.length).toBeLessThan(40);
    expect(p.dots.length).toBeLessThan(10);
  });

  it('clamps absurd coordinates and never emits non-finite ones except the NaN separators', () => {
    const p = screenPath((t) => (t === 1 ? [1e300, -Infinity] : [t, t]), 3, identity);
    for (const s of subpaths(p.line)) for (const v of s) expect(Number.isFinite(v)).toBe(true);
    expect(Math.max(...Array.from(p.line).filter(Number.isFinite))).toBeLessThanOrEqual(1e5);
  });

  it('restarts a sub-path after a dropped duplicate segment', () => {
    // A → B → A → B → C: the second A→B is dropped, B → C starts afresh from B.
    const pts = [
      [0, 0],
      [10, 0],
      [0, 0],
      [10, 0],
      [10, 10],
    ] as const;
    const p = screenPath((t) => pts[t]!, 4, identity);
    expect(subpaths(p.line)).toEqual([
      [0, 0, 10, 0],
      [10, 0, 10, 10],
    ]);
  });
});

describe('ScreenPathBuilder', () => {
  it('with a coarser segment cell, draws a scribble of near-repeats once (a noisy run)', () => {
    // Back and forth between two spots 10 px apart, each visit 0 or 1 px off in x and y: the
    // segments differ at 1 px, but all fall into the same pair of 2 px cells.
    const jitter = (t: number, k: number) => ((t * 7919) >> k) & 1;
    const point = (t: number) => [(t % 2 ? 10.2 : 0.2) + jitter(t, 2), 0.2 + jitter(t, 5)] as const;
    const exact = new ScreenPathBuilder(point, identity).pathTo(2000);
    const coarse = new ScreenPathBuilder(point, identity, 2).pathTo(2000);
    expect(exact.line.length).toBeGreaterThan(20);
    expect(coarse.line.length).toBeLessThan(exact.line.length / 2);
  });

  const walk = (t: number) => [Math.cos(t / 7) * 80 + t * 0.01, Math.sin(t / 3) * 40] as const;

  it('gives the same path stepping forward bit by bit as computing it in one go', () => {
    const builder = new ScreenPathBuilder(walk, identity);
    for (const last of [0, 1, 2, 10, 11, 500, 501, 3000]) {
      const a = builder.pathTo(last);
      const b = screenPath(walk, last, identity);
      expect(Array.from(a.line)).toEqual(Array.from(b.line));
      expect(Array.from(a.dots)).toEqual(Array.from(b.dots));
    }
  });

  it('starts over when the step goes back', () => {
    const builder = new ScreenPathBuilder(walk, identity);
    builder.pathTo(2000);
    const back = builder.pathTo(40);
    expect(Array.from(back.line)).toEqual(Array.from(screenPath(walk, 40, identity).line));
    expect(builder.sameMapping(identity)).toBe(true);
    expect(builder.sameMapping((x, y) => [x, y])).toBe(false);
  });
});
