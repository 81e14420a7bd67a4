import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { presetById } from '../../core/presets';
import { runTrajectory, type Trajectory } from '../../core/trajectory';
import { createTrajectoryPainter, drawRunWhole, type RunPaint } from './drawTrajectories';

/** Path2D stand-in (node has none): records its sub-paths as vertex lists. */
class FakePath {
  readonly subpaths: [number, number][][] = [];
  /** Each arc's centre and radius (a round dot). */
  readonly arcs: [number, number, number][] = [];
  moveTo(x: number, y: number) {
    this.subpaths.push([[x, y]]);
  }
  lineTo(x: number, y: number) {
    this.subpaths[this.subpaths.length - 1]?.push([x, y]);
  }
  arc(x: number, y: number, r: number) {
    this.arcs.push([x, y, r]);
  }
  closePath() {}
}

interface Stroke {
  readonly path: FakePath;
  readonly style: string;
  readonly width: number;
  readonly dashOffset: number;
  readonly dashed: boolean;
}

/** A 2D context stand-in that records clears and strokes with the state they were made in. */
function fakeContext() {
  const log: { clears: number; strokes: Stroke[]; images: unknown[]; rects: number[][] } = {
    clears: 0,
    strokes: [],
    images: [],
    rects: [],
  };
  let dash: number[] = [];
  const ctx = {
    canvas: { width: 400, height: 400 },
    save() {},
    restore() {},
    drawImage(image: unknown, ...at: number[]) {
      log.images.push(image);
      log.rects.push(at);
    },
    strokeStyle: '',
    fillStyle: '',
    lineWidth: 1,
    globalAlpha: 1,
    lineDashOffset: 0,
    lineJoin: 'round',
    lineCap: 'round',
    setTransform() {},
    clearRect() {
      log.clears++;
    },
    setLineDash(d: number[]) {
      dash = d;
    },
    stroke(path: FakePath) {
      log.strokes.push({
        path,
        style: ctx.strokeStyle,
        width: ctx.lineWidth,
        dashOffset: ctx.lineDashOffset,
        dashed: dash.length > 0,
      });
    },
    fill() {},
  };
  return { ctx: ctx as unknown as CanvasRenderingContext2D, log };
}

/** Each coloured line segment stroked, as "x1,y1>x2,y2" (order-free: a segment either way). */
function segments(strokes: readonly Stroke[], color: string): Set<string> {
  const out = new Set<string>();
  for (const s of strokes) {
    if (s.style !== color || s.width !== 2) continue;
    for (const sub of s.path.subpaths)
      for (let i = 1; i < sub.length; i++) {
        const a = sub[i - 1]!.join(',');
        const b = sub[i]!.join(',');
        out.add(a < b ? `${a}>${b}` : `${b}>${a}`);
      }
  }
  return out;
}

const saved = (globalThis as { Path2D?: unknown }).Path2D;
beforeAll(() => {
  (globalThis as { Path2D?: unknown }).Path2D = FakePath;
});
afterAll(() => {
  (globalThis as { Path2D?: unknown }).Path2D = saved;
});

const preset = presetById('rosenbrock');
const toScreen = (x: number, y: number): [number, number] => [
  Math.round((x + 2) * 100),
  Math.round((3 - y) * 100),
];
const paint = (run: Trajectory, color: string, dash: number[]): RunPaint => ({
  name: 'momentum',
  run,
  color,
  dash,
  shape: 'circle',
});

/** A momentum run at `beta`, blue and dashed: the run a β drag changes. */
const momentumAt = (beta: number): RunPaint =>
  paint(
    runTrajectory(preset, { w0: [-1.5, 2], eta: 0.001, beta, optimizer: 'momentum' }, 400),
    '#00f',
    [6, 3],
  );

/** Kept-picture canvases whose contexts are fake ones, collected in `layers` as they are made. */
function fakeLayers() {
  const layers: ReturnType<typeof fakeContext>[] = [];
  const make = (width: number, height: number) => {
    const layer = fakeContext();
    layers.push(layer);
    return {
      width,
      height,
      getContext: () => layer.ctx as unknown as OffscreenCanvasRenderingContext2D,
    };
  };
  return { layers, make };
}

/** Jobs a painter defers (afterPaint, or a prefill's `later`), run when the test says so. */
function jobQueue() {
  let jobs: (() => void)[] = [];
  const schedule = (job: () => void) => {
    jobs.push(job);
    return () => (jobs = jobs.filter((j) => j !== job));
  };
  const runAll = () => {
    const due = jobs;
    jobs = [];
    due.forEach((j) => j());
  };
  return { schedule, runAll, waiting: () => jobs.length, pending: () => [...jobs] };
}

describe('createTrajectoryPainter', () => {
  const a = runTrajectory(
    preset,
    { w0: [-1.5, 2], eta: 0.001, beta: 0.9, optimizer: 'momentum' },
    400,
  );
  const b = runTrajectory(preset, { w0: [-1.5, 2], eta: 0.001, beta: 0, optimizer: 'sgd' }, 400);
  const runs = [paint(a, '#00f', [6, 3]), paint(b, '#f80', [])];

  it('painting forward frame by frame strokes the same segments as one whole paint', () => {
    const whole = fakeContext();
    createTrajectoryPainter().draw(whole.ctx, runs, 300, toScreen, 400, 400, 1, '#fff', true);
    const frames = fakeContext();
    const painter = createTrajectoryPainter();
    for (let step = 0; step <= 300; step += 7)
      painter.draw(frames.ctx, runs, step, toScreen, 400, 400, 1, '#fff', true);
    painter.draw(frames.ctx, runs, 300, toScreen, 400, 400, 1, '#fff', true);
    expect(frames.log.clears).toBe(1);
    for (const color of ['#00f', '#f80']) {
      const expected = segments(whole.log.strokes, color);
      expect(expected.size).toBeGreaterThan(20);
      // Frame by frame also strokes tails that a later fold drops: never fewer segments.
      const got = segments(frames.log.strokes, color);
      for (const seg of expected) expect(got.has(seg)).toBe(true);
    }
  });

  it('painting the runs one by one with drawRunWhole strokes exactly what a whole draw strokes', () => {
    const whole = fakeContext();
    createTrajectoryPainter().draw(whole.ctx, runs, 300, toScreen, 400, 400, 1, '#fff', false);
    const one = fakeContext();
    for (const run of runs) drawRunWhole(one.ctx, run, 300, toScreen, 400, 400, 1, '#fff');
    const shape = (log: { strokes: Stroke[] }) =>
      log.strokes.map((k) => ({ ...k, path: k.path.subpaths }));
    expect(whole.log.strokes.length).toBeGreaterThan(4);
    expect(shape(one.log)).toEqual(shape(whole.log));
  });

  it('continues the dash pattern: a stroke that goes on from a vertex starts at its length', () => {
    const frames = fakeContext();
    const painter = createTrajectoryPainter();
    painter.draw(frames.ctx, runs, 50, toScreen, 400, 400, 1, '#fff', true);
    const before = frames.log.strokes.length;
    painter.draw(frames.ctx, runs, 120, toScreen, 400, 400, 1, '#fff', true);
    const cont = frames.log.strokes
      .slice(before)
      .find((s) => s.style === '#00f' && s.width === 2 && s.dashed);
    const whole = fakeContext();
    createTrajectoryPainter().draw(whole.ctx, runs, 50, toScreen, 400, 400, 1, '#fff', true);
    const first = whole.log.strokes.find((s) => s.style === '#00f' && s.width === 2);
    const sub = first!.path.subpaths[first!.path.subpaths.length - 1]!;
    let length = 0;
    for (let i = 1; i < sub.length; i++)
      length += Math.hypot(sub[i]![0] - sub[i - 1]![0], sub[i]![1] - sub[i - 1]![1]);
    // The whole paint at step 50 ends with the tail, which is not counted: compare up to it.
    expect(cont!.dashOffset).toBeGreaterThan(0);
    expect(cont!.dashOffset).toBeLessThanOrEqual(length + 1e-9);
  });

  it('paints whole again on a step back, a changed run, or when told to', () => {
    const { ctx, log } = fakeContext();
    const painter = createTrajectoryPainter();
    painter.draw(ctx, runs, 100, toScreen, 400, 400, 1, '#fff', true);
    painter.draw(ctx, runs, 150, toScreen, 400, 400, 1, '#fff', true);
    expect(log.clears).toBe(1);
    painter.draw(ctx, runs, 140, toScreen, 400, 400, 1, '#fff', true);
    expect(log.clears).toBe(2);
    const c = runTrajectory(
      preset,
      { w0: [-1.5, 2], eta: 0.001, beta: 0.5, optimizer: 'momentum' },
      400,
    );
    painter.draw(
      ctx,
      [paint(c, '#00f', [6, 3]), runs[1]!],
      160,
      toScreen,
      400,
      400,
      1,
      '#fff',
      true,
    );
    expect(log.clears).toBe(3);
    painter.draw(
      ctx,
      [paint(c, '#00f', [6, 3]), runs[1]!],
      170,
      toScreen,
      400,
      400,
      1,
      '#fff',
      false,
    );
    expect(log.clears).toBe(4);
  });

  it('after a change to the middle run, strokes only it and copies kept pictures of the others', () => {
    const c = runTrajectory(preset, { w0: [-1.5, 2], eta: 0.01, beta: 0, optimizer: 'adam' }, 400);
    // As a β drag: SGD under the run that reads β, another run over it.
    const under = paint(b, '#f80', []);
    const over = paint(c, '#0a0', []);
    const { layers, make } = fakeLayers();
    const painter = createTrajectoryPainter(make);
    const { ctx, log } = fakeContext();
    const draw = (mid: RunPaint) =>
      painter.draw(ctx, [under, mid, over], 300, toScreen, 400, 400, 1, '#fff', false);
    const colours = (strokes: readonly Stroke[]) => new Set(strokes.map((k) => k.style));

    draw(momentumAt(0.9));
    expect(colours(log.strokes)).toEqual(new Set(['#fff', '#f80', '#00f', '#0a0']));
    expect(log.images).toHaveLength(0);

    const seen = log.strokes.length;
    draw(momentumAt(0.8));
    // The unchanged runs went onto two kept canvases, once, and were copied in, in run order.
    expect(layers).toHaveLength(2);
    expect(colours(layers[0]!.log.strokes)).toEqual(new Set(['#fff', '#f80']));
    expect(colours(layers[1]!.log.strokes)).toEqual(new Set(['#fff', '#0a0']));
    expect(colours(log.strokes.slice(seen))).toEqual(new Set(['#fff', '#00f']));
    expect(log.images).toHaveLength(2);

    const again = log.strokes.length;
    const kept = layers.map((l) => l.log.strokes.length);
    draw(momentumAt(0.7));
    expect(layers.map((l) => l.log.strokes.length)).toEqual(kept);
    expect(colours(log.strokes.slice(again))).toEqual(new Set(['#fff', '#00f']));
    expect(log.images).toHaveLength(4);

    // What a kept picture holds is what a whole paint strokes for that run.
    const alone = fakeContext();
    drawRunWhole(alone.ctx, under, 300, toScreen, 400, 400, 1, '#fff');
    const shape = (strokes: readonly Stroke[]) =>
      strokes.map((k) => ({ ...k, path: k.path.subpaths }));
    expect(shape(layers[0]!.log.strokes)).toEqual(shape(alone.log.strokes));

    // A step taken changes every run: all are stroked again, nothing is copied.
    const step = log.strokes.length;
    painter.draw(ctx, [under, momentumAt(0.7), over], 250, toScreen, 400, 400, 1, '#fff', false);
    expect(colours(log.strokes.slice(step))).toEqual(new Set(['#fff', '#f80', '#00f', '#0a0']));
    expect(log.images).toHaveLength(4);
    // Their canvases were let go with it: the next β change keeps its pictures on fresh ones.
    painter.draw(ctx, [under, momentumAt(0.6), over], 250, toScreen, 400, 400, 1, '#fff', false);
    expect(layers).toHaveLength(4);
    expect(log.images).toHaveLength(6);
  });

  it('copies a kept picture only where its run’s marks can lie, at the pixel ratio', () => {
    const { layers, make } = fakeLayers();
    const painter = createTrajectoryPainter(make);
    const { ctx, log } = fakeContext();
    // SGD under the run that reads β, on a canvas of 400 × 400 CSS px at a pixel ratio of 2.
    Object.assign(ctx.canvas, { width: 800, height: 800 });
    const under = paint(b, '#f80', []);
    const draw = (beta: number) =>
      painter.draw(ctx, [under, momentumAt(beta)], 300, toScreen, 400, 400, 2, '#fff', false);
    draw(0.9);
    draw(0.8);
    expect(layers).toHaveLength(1);
    const [sx, sy, sw, sh, dx, dy, dw, dh] = log.rects[0]!;
    expect([dx, dy, dw, dh]).toEqual([sx, sy, sw, sh]);
    // Everything SGD's picture was stroked from, widened by the halo's half width (2 px) and a
    // pixel of anti-aliasing, lies inside the copy: line vertices, and each dot's whole disc.
    const strokes = layers[0]!.log.strokes.map((k) => k.path);
    const points = strokes.flatMap((p) => [
      ...p.subpaths.flat(),
      ...p.arcs.flatMap(([x, y, r]): [number, number][] => [
        [x - r, y - r],
        [x + r, y + r],
      ]),
    ]);
    expect(strokes.some((p) => p.arcs.length > 10)).toBe(true);
    const reach = 3;
    for (const [x, y] of points) {
      expect((x - reach) * 2).toBeGreaterThanOrEqual(sx!);
      expect((x + reach) * 2).toBeLessThanOrEqual(sx! + sw!);
      expect((y - reach) * 2).toBeGreaterThanOrEqual(sy!);
      expect((y + reach) * 2).toBeLessThanOrEqual(sy! + sh!);
    }
    // SGD's 300 steps from (−1.5, 2) hold a small part of the canvas: most of it is not copied.
    expect(sw! * sh!).toBeLessThan(0.25 * 800 * 800);
  });

  it('given afterPaint, keeps the unchanged runs’ pictures after the paint that first strokes them, unless another draw came first', () => {
    const under = paint(b, '#f80', []);
    const { layers, make } = fakeLayers();
    const frames = jobQueue();
    const painter = createTrajectoryPainter(make, frames.schedule);
    const painted = frames.runAll;
    const { ctx, log } = fakeContext();
    const draw = (beta: number) =>
      painter.draw(ctx, [under, momentumAt(beta)], 300, toScreen, 400, 400, 1, '#fff', false);
    const colours = (strokes: readonly Stroke[]) => new Set(strokes.map((k) => k.style));

    draw(0.9);
    const seen = log.strokes.length;
    // The first β change strokes SGD straight on, as before there were kept pictures…
    draw(0.8);
    expect(colours(log.strokes.slice(seen))).toEqual(new Set(['#fff', '#f80', '#00f']));
    expect(layers).toHaveLength(0);
    // …and keeps its picture once that frame is painted; the next change copies it in.
    painted();
    expect(layers).toHaveLength(1);
    expect(colours(layers[0]!.log.strokes)).toEqual(new Set(['#fff', '#f80']));
    const next = log.strokes.length;
    draw(0.7);
    expect(colours(log.strokes.slice(next))).toEqual(new Set(['#fff', '#00f']));
    expect(log.images).toHaveLength(1);

    // A step taken: nothing to keep. Then a β change, and another before its frame was painted:
    // the job made for the first finds a draw since and does nothing; the second keeps at once.
    painter.draw(ctx, [under, momentumAt(0.7)], 250, toScreen, 400, 400, 1, '#fff', false);
    painter.draw(ctx, [under, momentumAt(0.6)], 250, toScreen, 400, 400, 1, '#fff', false);
    expect(frames.waiting()).toBe(1);
    const stale = frames.pending()[0]!;
    painter.draw(ctx, [under, momentumAt(0.5)], 250, toScreen, 400, 400, 1, '#fff', false);
    expect(layers).toHaveLength(2);
    expect(log.images).toHaveLength(2);
    stale();
    expect(layers).toHaveLength(2);
  });

  it('given prefill, keeps the pictures of the runs at either end of those it picks once still, and the next change copies them', () => {
    const c = runTrajectory(preset, { w0: [-1.5, 2], eta: 0.01, beta: 0, optimizer: 'adam' }, 400);
    const under = paint(b, '#f80', []);
    const over = paint(c, '#0a0', []);
    const { layers, make } = fakeLayers();
    const later = jobQueue();
    const painter = createTrajectoryPainter(make, undefined, {
      later: later.schedule,
      // The blue run is the one the next change (β) redraws.
      changes: (p) => p.color === '#00f',
    });
    const still = later.runAll;
    const { ctx, log } = fakeContext();
    const draw = (beta: number) =>
      painter.draw(ctx, [under, momentumAt(beta), over], 300, toScreen, 400, 400, 1, '#fff', false);
    const colours = (strokes: readonly Stroke[]) => new Set(strokes.map((k) => k.style));

    // Nothing is kept until the canvas has been still.
    draw(0.9);
    expect(later.waiting()).toBe(1);
    expect(layers).toHaveLength(0);
    still();
    expect(layers).toHaveLength(2);
    expect(colours(layers[0]!.log.strokes)).toEqual(new Set(['#fff', '#f80']));
    expect(colours(layers[1]!.log.strokes)).toEqual(new Set(['#fff', '#0a0']));
    expect(log.images).toHaveLength(0);

    // The first β change copies both pictures in and strokes only the run that reads β.
    const seen = log.strokes.length;
    draw(0.8);
    expect(colours(log.strokes.slice(seen))).toEqual(new Set(['#fff', '#00f']));
    expect(log.images).toHaveLength(2);
    // Keeping again once still finds them kept: nothing is painted twice.
    const kept = layers.map((l) => l.log.strokes.length);
    still();
    expect(layers.map((l) => l.log.strokes.length)).toEqual(kept);

    // A job whose whole paint was followed by another draw does nothing.
    painter.draw(ctx, [under, momentumAt(0.8), over], 250, toScreen, 400, 400, 1, '#fff', false);
    const stale = later.pending();
    painter.draw(ctx, [under, momentumAt(0.8), over], 200, toScreen, 400, 400, 1, '#fff', false);
    const made = layers.length;
    stale.forEach((j) => j());
    expect(layers).toHaveLength(made);
  });

  it('given prefill, keeps nothing when every run or none is picked', () => {
    const { layers, make } = fakeLayers();
    const later = jobQueue();
    const { ctx } = fakeContext();
    for (const changes of [() => true, () => false]) {
      createTrajectoryPainter(make, undefined, { later: later.schedule, changes }).draw(
        ctx,
        runs,
        300,
        toScreen,
        400,
        400,
        1,
        '#fff',
        false,
      );
      // Nothing would be kept, so nothing is even asked for.
      expect(later.waiting()).toBe(0);
      later.runAll();
    }
    expect(layers).toHaveLength(0);
  });

  it('strokes a diverging run only inside the canvas (plus a margin), however far its steps go', () => {
    const ravine = presetById('ravine');
    const far = runTrajectory(
      ravine,
      { w0: [-8, 1], eta: 0.05, beta: 0.9, optimizer: 'nesterov' },
      200,
    );
    // Diverged: its last rows are far beyond any screen.
    expect(Math.abs(far.w[2 * (far.length - 1) + 1] ?? 0)).toBeGreaterThan(1e3);
    const map = (x: number, y: number): [number, number] => [(x + 10) * 20, (3 - y) * 60];
    const { ctx, log } = fakeContext();
    createTrajectoryPainter().draw(
      ctx,
      [paint(far, '#00f', [6, 3])],
      far.length - 1,
      map,
      400,
      360,
      1,
      '#fff',
      true,
    );
    const drawn = log.strokes.flatMap((s) => s.path.subpaths.flat());
    expect(drawn.length).toBeGreaterThan(4);
    for (const [x, y] of drawn) {
      expect(x).toBeGreaterThanOrEqual(-8 - 1e-9);
      expect(x).toBeLessThanOrEqual(408 + 1e-9);
      expect(y).toBeGreaterThanOrEqual(-8 - 1e-9);
      expect(y).toBeLessThanOrEqual(368 + 1e-9);
    }
    // Segments inside stay whole: the first stroked vertex is w₀ itself.
    expect(drawn[0]).toEqual(map(-8, 1));
  });

  it('strokes a zig-zag broken into many sub-paths in at most two strokes a pass, dashes afresh after the first', () => {
    // SGD across the ravine near η = 2/λ: it retraces the same pixels, so the decimated line
    // breaks into a sub-path at every dropped segment.
    const ravine = presetById('ravine');
    const zig = runTrajectory(ravine, { w0: [-8, 1], eta: 0.0395, beta: 0, optimizer: 'sgd' }, 600);
    const map = (x: number, y: number): [number, number] => [(x + 10) * 20, (3 - y) * 60];
    const { ctx, log } = fakeContext();
    createTrajectoryPainter().draw(
      ctx,
      [paint(zig, '#00f', [6, 3])],
      600,
      map,
      400,
      360,
      1,
      '#fff',
      true,
    );
    const colour = log.strokes.filter((s) => s.style === '#00f' && s.width === 2);
    const halo = log.strokes.filter((s) => s.style === '#fff' && s.width === 4);
    expect(colour.flatMap((s) => s.path.subpaths).length).toBeGreaterThan(8);
    expect(colour.length).toBeLessThanOrEqual(2);
    expect(halo.length).toBeLessThanOrEqual(2);
    expect(colour.slice(1).every((s) => s.dashOffset === 0)).toBe(true);
  });
});
