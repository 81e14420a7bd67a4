import { describe, expect, it } from 'vitest';
import { changingSpan, createRunLayers, unchangedEnds, type RunMark } from './runLayers';

const a = {};
const b = {};
const c = {};
const d = {};
const mark = (settings: object, last = 100, epoch = 0): RunMark => ({ settings, epoch, last });

describe('unchangedEnds', () => {
  it('finds the unchanged runs under and over the ones that changed', () => {
    const before = [mark(a), mark(b), mark(c), mark(d)];
    expect(unchangedEnds(before, [mark(a), mark({}), mark({}), mark(d)])).toEqual({
      below: 1,
      above: 3,
    });
    expect(unchangedEnds(before, [mark({}), mark(b), mark(c), mark(d)])).toEqual({
      below: 0,
      above: 1,
    });
    expect(unchangedEnds(before, [mark(a), mark(b), mark(c), mark({})])).toEqual({
      below: 3,
      above: 4,
    });
  });

  it('has nothing to keep when every run changed, none did, or the list is not the same', () => {
    const before = [mark(a), mark(b)];
    expect(unchangedEnds(null, before)).toBeNull();
    expect(unchangedEnds(before, [mark(a), mark(b)])).toBeNull();
    expect(unchangedEnds(before, [mark(a, 101), mark(b, 101)])).toBeNull();
    expect(unchangedEnds(before, [mark(a), mark(b), mark(c)])).toBeNull();
  });

  it('counts a run as changed when its step or its path’s epoch moved', () => {
    const before = [mark(a), mark(b)];
    expect(unchangedEnds(before, [mark(a, 99), mark(b)])).toEqual({ below: 0, above: 1 });
    expect(unchangedEnds(before, [mark(a), mark(b, 100, 1)])).toEqual({ below: 1, above: 2 });
  });
});

/** A 2D context stand-in counting copies (and their rectangles); its canvas has the page canvas's size. */
function target() {
  const copies: unknown[] = [];
  const rects: number[][] = [];
  const ctx = {
    canvas: { width: 40, height: 30 },
    save() {},
    restore() {},
    setTransform() {},
    clearRect() {},
    drawImage(image: unknown, ...at: number[]) {
      copies.push(image);
      rects.push(at);
    },
  };
  return { ctx: ctx as unknown as CanvasRenderingContext2D, copies, rects };
}

/** Jobs the test runs when it says the frame has been painted. */
function frames() {
  let jobs: (() => void)[] = [];
  const defer = (job: () => void) => {
    jobs.push(job);
    return () => {
      jobs = jobs.filter((j) => j !== job);
    };
  };
  const painted = () => {
    const due = jobs;
    jobs = [];
    due.forEach((j) => j());
  };
  return { defer, painted, waiting: () => jobs.length };
}

describe('createRunLayers', () => {
  it('paints a picture once while its runs and key stay, then copies it; repaints on its own canvas', () => {
    const made: { width: number; height: number }[] = [];
    const layers = createRunLayers((width, height) => {
      const canvas = {
        width,
        height,
        getContext: () => target().ctx as unknown as OffscreenCanvasRenderingContext2D,
      };
      made.push(canvas);
      return canvas;
    });
    const { ctx, copies } = target();
    let painted = 0;
    const paint = () => ++painted;
    expect(layers.put('below', ctx, { key: 'k', marks: [mark(a)], paint })).toBe(1);
    expect(layers.put('below', ctx, { key: 'k', marks: [mark(a)], paint })).toBe(1);
    expect(painted).toBe(1);
    expect(copies).toEqual([made[0], made[0]]);
    // Another run, or another key (colours, size): painted again, on the same canvas.
    expect(layers.put('below', ctx, { key: 'k', marks: [mark(b)], paint })).toBe(2);
    expect(layers.put('below', ctx, { key: 'k2', marks: [mark(b)], paint })).toBe(3);
    expect(made).toHaveLength(1);
    // The slot over the changing runs is a picture of its own.
    expect(layers.put('above', ctx, { key: 'k2', marks: [mark(b)], paint })).toBe(4);
    expect(made).toHaveLength(2);
    layers.clear();
    expect(layers.put('above', ctx, { key: 'k2', marks: [mark(b)], paint })).toBe(5);
    expect(made).toHaveLength(3);
  });

  it('paints straight onto the canvas where there is none to keep a picture on', () => {
    const layers = createRunLayers(() => null);
    const { ctx, copies } = target();
    const onto: unknown[] = [];
    layers.put('below', ctx, { key: 'k', marks: [mark(a)], paint: (t) => onto.push(t) });
    layers.put('below', ctx, { key: 'k', marks: [mark(a)], paint: (t) => onto.push(t) });
    expect(onto).toEqual([ctx, ctx]);
    expect(copies).toHaveLength(0);
  });
});

describe('createRunLayers with pictures kept after the paint', () => {
  /** A layer maker counting canvases, and the bitmaps taken off them (each one rasterized). */
  function maker() {
    const made: { width: number; height: number }[] = [];
    const bitmaps: { closed: boolean }[] = [];
    const make = (width: number, height: number) => {
      const canvas = {
        width,
        height,
        getContext: () => target().ctx as unknown as OffscreenCanvasRenderingContext2D,
        transferToImageBitmap: () => {
          const bitmap = { closed: false, close: () => (bitmap.closed = true) };
          bitmaps.push(bitmap);
          return bitmap as unknown as ImageBitmap;
        },
      };
      made.push(canvas);
      return canvas;
    };
    return { make, made, bitmaps };
  }

  it('paints straight on the first time, keeps the picture after the paint, then copies it', () => {
    const m = maker();
    const f = frames();
    const layers = createRunLayers(m.make, f.defer);
    const { ctx, copies } = target();
    const onto: unknown[] = [];
    const paint = (t: unknown) => onto.push(t);
    layers.put('below', ctx, { key: 'k', marks: [mark(a)], paint });
    expect(onto).toEqual([ctx]);
    expect(m.made).toHaveLength(0);
    f.painted();
    // Kept on a canvas of its own and taken off it as a bitmap (rasterized there), not copied yet.
    expect(m.made).toHaveLength(1);
    expect(onto).toHaveLength(2);
    expect(onto[1]).not.toBe(ctx);
    expect(m.bitmaps).toHaveLength(1);
    expect(copies).toHaveLength(0);
    layers.put('below', ctx, { key: 'k', marks: [mark(a)], paint });
    expect(onto).toHaveLength(2);
    expect(copies).toEqual([m.bitmaps[0]]);
    // Another picture on the same canvas lets the old bitmap go; so does clear().
    layers.put('below', ctx, { key: 'k', marks: [mark(b)], paint });
    f.painted();
    expect(m.made).toHaveLength(1);
    expect(m.bitmaps.map((x) => x.closed)).toEqual([true, false]);
    layers.clear();
    expect(m.bitmaps.map((x) => x.closed)).toEqual([true, true]);
  });

  it('keeps the picture at once when the same runs come again before the job ran', () => {
    const m = maker();
    const f = frames();
    const layers = createRunLayers(m.make, f.defer);
    const { ctx, copies } = target();
    let painted = 0;
    const paint = () => ++painted;
    expect(layers.put('below', ctx, { key: 'k', marks: [mark(a)], paint })).toBe(1);
    expect(layers.put('below', ctx, { key: 'k', marks: [mark(a)], paint })).toBe(2);
    expect(m.made).toHaveLength(1);
    expect(copies).toEqual([m.bitmaps[0]]);
    expect(f.waiting()).toBe(0);
    expect(layers.put('below', ctx, { key: 'k', marks: [mark(a)], paint })).toBe(2);
  });

  it('lets a waiting picture go when other runs come, or when cleared', () => {
    const m = maker();
    const f = frames();
    const layers = createRunLayers(m.make, f.defer);
    const { ctx } = target();
    const paint = () => 0;
    layers.put('below', ctx, { key: 'k', marks: [mark(a)], paint });
    layers.put('below', ctx, { key: 'k', marks: [mark(b)], paint });
    expect(f.waiting()).toBe(1);
    layers.clear();
    expect(f.waiting()).toBe(0);
    f.painted();
    expect(m.made).toHaveLength(0);
  });
});

/** A canvas to keep pictures on whose context is a stand-in. */
const make = (width: number, height: number) => ({
  width,
  height,
  getContext: () => target().ctx as unknown as OffscreenCanvasRenderingContext2D,
});

describe('createRunLayers copying only where a picture has marks', () => {
  it('copies the rectangle its bounds gave when it was kept, to the same place', () => {
    const layers = createRunLayers(make);
    const { ctx, rects } = target();
    let asked = 0;
    const bounds = () => (asked++, { x: 3, y: 4, w: 10, h: 12 });
    layers.put('below', ctx, { key: 'k', marks: [mark(a)], paint: () => 0, bounds });
    layers.put('below', ctx, { key: 'k', marks: [mark(a)], paint: () => 0, bounds });
    expect(rects).toEqual([
      [3, 4, 10, 12, 3, 4, 10, 12],
      [3, 4, 10, 12, 3, 4, 10, 12],
    ]);
    // Asked once, when the picture was kept, not at every copy.
    expect(asked).toBe(1);
  });

  it('copies nothing for a picture with no marks, and the whole picture without bounds', () => {
    const layers = createRunLayers(make);
    const { ctx, rects } = target();
    const empty = () => ({ x: 0, y: 0, w: 0, h: 0 });
    layers.put('below', ctx, { key: 'k', marks: [mark(a)], paint: () => 0, bounds: empty });
    expect(rects).toEqual([]);
    layers.put('above', ctx, { key: 'k', marks: [mark(b)], paint: () => 0 });
    layers.put('above', ctx, { key: 'k', marks: [mark(b)], paint: () => 0, bounds: () => null });
    expect(rects).toEqual([
      [0, 0],
      [0, 0],
    ]);
  });
});

describe('changingSpan', () => {
  it('spans the first to the last run that changes, when some at either end do not', () => {
    expect(changingSpan([false, true, true, false])).toEqual({ below: 1, above: 3 });
    expect(changingSpan([false, true, false, true])).toEqual({ below: 1, above: 4 });
    expect(changingSpan([true, false])).toEqual({ below: 0, above: 1 });
  });

  it('is null when none changes or every run at both ends does', () => {
    expect(changingSpan([false, false])).toBeNull();
    expect(changingSpan([true, false, true])).toBeNull();
    expect(changingSpan([])).toBeNull();
  });
});

describe('createRunLayers prefill', () => {
  it('keeps a picture without copying it; the next put of the same runs copies it unpainted', () => {
    const layers = createRunLayers(make);
    const { ctx, copies } = target();
    let painted = 0;
    const paint = () => ++painted;
    layers.prefill('below', 40, 30, { key: 'k', marks: [mark(a)], paint });
    layers.prefill('below', 40, 30, { key: 'k', marks: [mark(a)], paint });
    expect(painted).toBe(1);
    expect(copies).toHaveLength(0);
    expect(layers.put('below', ctx, { key: 'k', marks: [mark(a)], paint })).toBe(1);
    expect(painted).toBe(1);
    expect(copies).toHaveLength(1);
    // Kept for another size, it is not the picture for this canvas.
    layers.prefill('above', 80, 60, { key: 'k', marks: [mark(b)], paint });
    expect(layers.put('above', ctx, { key: 'k', marks: [mark(b)], paint })).toBe(3);
  });

  it('lets a picture waiting for the paint go: the prefilled one serves', () => {
    const f = frames();
    const layers = createRunLayers(make, f.defer);
    const { ctx } = target();
    layers.put('below', ctx, { key: 'k', marks: [mark(a)], paint: () => 0 });
    expect(f.waiting()).toBe(1);
    layers.prefill('below', 40, 30, { key: 'k', marks: [mark(a)], paint: () => 0 });
    expect(f.waiting()).toBe(0);
  });
});
