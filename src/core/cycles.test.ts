import { describe, expect, it } from 'vitest';
import { cycleStatusText, detectCycle } from './cycles';
import { presetById } from './presets';

/** Plain SGD (β = 0) on a preset: rows 0 … steps of w, stored flat. */
function sgdRun(id: 'beale' | 'ravine', w0: readonly number[], eta: number, steps: number) {
  const p = presetById(id);
  const d = p.dim;
  const w = new Float64Array((steps + 1) * d);
  w.set(w0);
  const cur = [...w0];
  const g = new Array<number>(d).fill(0);
  for (let t = 1; t <= steps; t++) {
    p.grad(cur, g);
    for (let i = 0; i < d; i++) {
      cur[i] = (cur[i] ?? 0) - eta * (g[i] ?? 0);
      w[t * d + i] = cur[i] ?? 0;
    }
  }
  return w;
}

/** A 1D sequence from a formula, as a run's w column. */
const seq = (n: number, f: (t: number) => number) =>
  Float64Array.from({ length: n }, (_, t) => f(t));

describe('detectCycle', () => {
  it('finds plain SGD on Beale from (−1, 1.5) at η = 0.01 bouncing between two points', () => {
    const steps = 3000;
    const w = sgdRun('beale', [-1, 1.5], 0.01, steps);
    const c = detectCycle(w, 2, steps + 1);
    expect(c).not.toBeNull();
    if (!c) return;
    expect(c.period).toBe(2);
    // The run wanders for a while first (a plateau, then an overshoot near step 100).
    expect(c.from).toBeGreaterThan(100);
    expect(c.from).toBeLessThan(400);
    const pts = [c.from, c.from + 1].map((t) => [w[2 * t] ?? NaN, w[2 * t + 1] ?? NaN]);
    const [lo, hi] = [...pts].sort((a, b) => (a[1] ?? 0) - (b[1] ?? 0));
    expect(lo?.[0]).toBeCloseTo(-1.3, 2);
    expect(lo?.[1]).toBeCloseTo(1.4, 2);
    expect(hi?.[0]).toBeCloseTo(-1.34, 2);
    expect(hi?.[1]).toBeCloseTo(1.55, 2);
    const g = presetById('beale').grad(pts[0] ?? [], [0, 0]);
    expect(Math.hypot(...g)).toBeCloseTo(16.2, 1);
    // `from` is the earliest such step: one step earlier the revisit condition fails.
    const before = c.from - 1;
    const gap = Math.hypot(
      (w[2 * before] ?? 0) - (w[2 * (before + 2)] ?? 0),
      (w[2 * before + 1] ?? 0) - (w[2 * (before + 2) + 1] ?? 0),
    );
    expect(gap).toBeGreaterThan(1e-9);
    expect(cycleStatusText(c)).toBe(`cycles with period 2 from step ${c.from}`);
  });

  it('gives null for a converging run, with or without momentum', () => {
    // SGD on the ravine zig-zags in y while converging (|1 − 50η| = 0.75): an oscillation, not a cycle.
    const steps = 2000;
    expect(detectCycle(sgdRun('ravine', [-9, 3], 0.035, steps), 2, steps + 1)).toBeNull();
    // Heavy ball on L = w² (λ = 2) at η = 0.1, β = 0.9 spirals in at √0.9 per step.
    let x = 2.5;
    let m = 0;
    const w = seq(3000, (t) => {
      if (t > 0) {
        m = 0.9 * m + 0.1 * 2 * x;
        x -= m;
      }
      return x;
    });
    expect(detectCycle(w, 1, w.length)).toBeNull();
    // Even a very slow oscillating convergence (rate −0.999) is not taken for a cycle.
    const slow = seq(3000, (t) => (-0.999) ** t);
    expect(detectCycle(slow, 1, slow.length)).toBeNull();
  });

  it('gives null for a diverging oscillation', () => {
    const w = seq(400, (t) => (-1.1) ** t);
    expect(detectCycle(w, 1, w.length)).toBeNull();
    // A run that blew up (NaN rows) is not a cycle either.
    const nan = seq(200, (t) => (t % 2 === 0 ? NaN : 1));
    expect(detectCycle(nan, 1, nan.length)).toBeNull();
  });

  it('finds a period-3 cycle after a transient, with `from` at its first point', () => {
    const points = [
      [0.3, -1],
      [2, 0.5],
      [-1, 4],
    ];
    const rows = 100;
    const w = new Float64Array(rows * 2);
    for (let t = 0; t < rows; t++) {
      const p = points[(t - 10) % 3] ?? [0, 0];
      // Ten distinct points first, then the cycle from step 10 (with rounding-size jitter).
      w[2 * t] = t < 10 ? 10 + t : (p[0] ?? 0) + 1e-13 * Math.sin(t);
      w[2 * t + 1] = t < 10 ? -t : (p[1] ?? 0);
    }
    expect(detectCycle(w, 2, rows)).toEqual({ period: 3, from: 10 });
    expect(cycleStatusText({ period: 3, from: 10 })).toBe('cycles with period 3 from step 10');
    // Only the first `length` rows count: cut off before the window fits, it cannot tell.
    expect(detectCycle(w, 2, 50)).toBeNull();
    // A larger period is found only when allowed.
    expect(detectCycle(w, 2, rows, { maxPeriod: 2 })).toBeNull();
  });

  it('gives the smallest period, and respects the tolerance', () => {
    const period4 = seq(200, (t) => [1, 2, 1, 2][t % 4] ?? 0);
    expect(detectCycle(period4, 1, 200)?.period).toBe(2);
    const noisy = seq(200, (t) => (t % 2) + 1e-6 * Math.sin(t));
    expect(detectCycle(noisy, 1, 200)).toBeNull();
    expect(detectCycle(noisy, 1, 200, { tol: 1e-5 })).toEqual({ period: 2, from: 0 });
  });

  it('gives null at a fixed point (convergence, not a cycle)', () => {
    const w = seq(200, () => 1.5);
    expect(detectCycle(w, 1, 200)).toBeNull();
  });

  it('is fast for 100001 rows (timing printed, not asserted)', () => {
    const rows = 100_001;
    const w = new Float64Array(rows * 2);
    // Worst case for the backward scan: on the cycle from step 0.
    for (let t = 0; t < rows; t++) {
      w[2 * t] = t % 2 === 0 ? -1.3 : -1.34;
      w[2 * t + 1] = t % 2 === 0 ? 1.4 : 1.55;
    }
    const t0 = performance.now();
    const c = detectCycle(w, 2, rows);
    const t1 = performance.now();
    const spiral = new Float64Array(rows * 2).map((_, i) => 0.9999 ** (i >> 1) * (i % 2 ? 1 : -1));
    const t2 = performance.now();
    const none = detectCycle(spiral, 2, rows);
    const t3 = performance.now();
    console.log(
      `detectCycle on ${rows} rows: cycle from 0 in ${(t1 - t0).toFixed(2)} ms, no cycle in ${(t3 - t2).toFixed(2)} ms`,
    );
    expect(c).toEqual({ period: 2, from: 0 });
    expect(none).toBeNull();
  });
});
