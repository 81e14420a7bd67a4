/** A 2D context of a page canvas, or of an OffscreenCanvas (a kept picture). */
export type Context2D = CanvasRenderingContext2D | OffscreenCanvasRenderingContext2D;

/**
 * What decides the pixels of one run's whole picture: the same marks (and the same canvas size,
 * colours and mapping, which the caller checks) paint the same pixels.
 */
export interface RunMark {
  /** The run's identity: its settings object, kept while the run only grows. */
  readonly settings: object;
  /** The screen path's epoch (it grows when the path starts over). */
  readonly epoch: number;
  /** The last row drawn (−1: nothing). */
  readonly last: number;
}

function sameMark(a: RunMark | undefined, b: RunMark | undefined): boolean {
  return !!a && !!b && a.settings === b.settings && a.epoch === b.epoch && a.last === b.last;
}

/**
 * Runs at either end that are unchanged since the last whole paint, when some between them
 * changed: runs [0, below) and [above, n) are as they were. Null when the run list is not the
 * same length or every run changed or none did (nothing to keep, or nothing to repaint).
 */
export function unchangedEnds(
  before: readonly RunMark[] | null,
  now: readonly RunMark[],
): { below: number; above: number } | null {
  const n = now.length;
  if (!before || before.length !== n) return null;
  let below = 0;
  while (below < n && sameMark(before[below], now[below])) below++;
  if (below === n) return null;
  let above = n;
  while (above > below && sameMark(before[above - 1], now[above - 1])) above--;
  return below === 0 && above === n ? null : { below, above };
}

/**
 * The runs a change would touch, given which of them change with it: [below, above) spans the
 * first to the last that does, and the runs outside it keep their pictures. Null when none
 * changes or all at either end do (nothing would be kept).
 */
export function changingSpan(changes: readonly boolean[]): { below: number; above: number } | null {
  const below = changes.indexOf(true);
  const above = changes.lastIndexOf(true) + 1;
  return below < 0 || (below === 0 && above === changes.length) ? null : { below, above };
}

/** A canvas to keep a picture on: an OffscreenCanvas in a browser, a stand-in in tests. */
export interface LayerCanvas {
  readonly width: number;
  readonly height: number;
  getContext(kind: '2d'): OffscreenCanvasRenderingContext2D | null;
  /** The picture as a bitmap, rasterized now, the canvas left blank (an OffscreenCanvas's). */
  transferToImageBitmap?(): ImageBitmap;
}

/** Makes a canvas of this many device px, or null where there is none (node). */
export type MakeLayerCanvas = (width: number, height: number) => LayerCanvas | null;

const offscreen: MakeLayerCanvas = (w, h) =>
  typeof OffscreenCanvas === 'undefined' ? null : new OffscreenCanvas(w, h);

/** A rectangle of a canvas in device px: left, top, width, height (whole numbers). */
export interface DeviceRect {
  readonly x: number;
  readonly y: number;
  readonly w: number;
  readonly h: number;
}

/**
 * Where a picture's marks can lie on a canvas, device px: nothing is painted outside. Null:
 * anywhere.
 */
export type PictureBounds = () => DeviceRect | null;

/**
 * A picture of some runs: which runs (`marks`) under which key (size, colours, mapping), how to
 * paint them, and where their marks can lie (asked when the picture is kept; its copies are
 * limited to that).
 */
export interface Picture<T> {
  readonly key: string;
  readonly marks: readonly RunMark[];
  readonly paint: (target: Context2D) => T;
  readonly bounds?: PictureBounds;
}

/** A kept picture: of which runs, under which key (size, colours, mapping), and what painting it returned. */
interface Layer<T> {
  readonly key: string;
  readonly marks: readonly RunMark[];
  readonly canvas: LayerCanvas;
  /** What is copied: the canvas's picture as a bitmap, or the canvas itself (stand-ins). */
  readonly image: ImageBitmap | LayerCanvas;
  /** The part of the picture that holds its marks (the rest is clear), or null for all of it. */
  readonly rect: DeviceRect | null;
  readonly result: T;
}

/** Lets a kept picture's bitmap go (its pixels are a megabyte or more). */
function release(layer: Layer<unknown> | undefined): void {
  if (layer && layer.image !== layer.canvas) (layer.image as ImageBitmap).close();
}

function sameMarks(a: readonly RunMark[], b: readonly RunMark[]): boolean {
  return a.length === b.length && a.every((m, i) => sameMark(m, b[i]));
}

/** Whether a kept or waiting picture is of exactly these runs under this key. */
function holds(
  p: { key: string; marks: readonly RunMark[] },
  key: string,
  marks: readonly RunMark[],
): boolean {
  return p.key === key && sameMarks(p.marks, marks);
}

/** Whether a kept picture's canvas has this size (device px). */
function fits(layer: Layer<unknown>, width: number, height: number): boolean {
  return layer.canvas.width === width && layer.canvas.height === height;
}

/**
 * Copies a kept picture onto `ctx` in device px; returns what painting it returned. Only the
 * part that holds its marks is drawn: the rest is clear, and blending a whole canvas of clear
 * pixels cost the rasterizer ~0.3 ms a copy, every drag move.
 */
function copy<T>(ctx: Context2D, layer: Layer<T>): T {
  const { rect } = layer;
  if (rect && (rect.w <= 0 || rect.h <= 0)) return layer.result;
  ctx.save();
  ctx.setTransform(1, 0, 0, 1, 0, 0);
  // An ImageBitmap, or a LayerCanvas: an OffscreenCanvas in a browser (a stand-in in tests).
  const image = layer.image as CanvasImageSource;
  if (rect) ctx.drawImage(image, rect.x, rect.y, rect.w, rect.h, rect.x, rect.y, rect.w, rect.h);
  else ctx.drawImage(image, 0, 0);
  ctx.restore();
  return layer.result;
}

/**
 * Runs a job after the frame being made has been painted, unless anything is drawn before then;
 * returns a cancel. (The painter wraps afterNextPaint so.)
 */
export type DeferJob = (job: () => void) => () => void;

/** Where a kept picture goes: under the runs that change, or over them. */
export type Slot = 'below' | 'above';

/** Pictures of the runs below and above the ones that change (see createRunLayers). */
export interface RunLayers {
  /**
   * Puts `picture` onto `ctx` (device px, identity transform): the kept one if it shows exactly
   * its runs under its key. Else its `paint` paints them: given `defer`,
   * straight onto `ctx` the first time, keeping the picture after the paint (a drag's next move
   * copies it), and onto a fresh kept canvas, copied in, when the same runs come again before
   * that job ran; without `defer`, always the latter. Returns what `paint` returned when it
   * painted them. Without canvases to keep pictures on, `paint` paints straight onto `ctx`.
   */
  put<T>(slot: Slot, ctx: Context2D, picture: Picture<T>): T;
  /**
   * Keeps `picture` in `slot` for a canvas of `width` × `height` device px, ahead of the draw
   * that will want it (in idle time), unless it is kept already; copies nothing. The next `put`
   * of the same runs under the same key copies it.
   */
  prefill<T>(slot: Slot, width: number, height: number, picture: Picture<T>): void;
  /** Drops the kept pictures and any waiting to be kept (size, colours or mapping changed). */
  clear(): void;
}

/** A picture to keep once the frame has been painted. */
interface Waiting {
  readonly key: string;
  readonly marks: readonly RunMark[];
  cancel: () => void;
}

/**
 * While a β slider moves, only the runs that read β change: SGD under them and Adam over them
 * stay exactly as they were. Their whole picture is kept on a canvas of its own and copied in
 * (one image draw) instead of stroking thousands of path segments, dots and halos again every
 * move. Two slots, as whole paints keep run order: the unchanged runs under the changing ones,
 * and those over them. Making a picture costs more than stroking the runs straight on once (its
 * raster is done at once, on a canvas of its own): a single click on the β track, or a drag's
 * first move, would pay it in its own frame. Given `defer`, the picture is made after the paint,
 * and rasterized there (taken off its canvas as a bitmap), so the next move finds it ready.
 */
export function createRunLayers(make: MakeLayerCanvas = offscreen, defer?: DeferJob): RunLayers {
  const slots = new Map<Slot, Layer<unknown>>();
  const waiting = new Map<Slot, Waiting>();
  /** Paints a picture onto a kept canvas of `width` × `height` in `slot`; null where there is none. */
  const keep = <T>(
    slot: Slot,
    width: number,
    height: number,
    { key, marks, paint, bounds }: Picture<T>,
  ): Layer<T> | null => {
    const kept = slots.get(slot);
    // Reuse the kept canvas when it has the right size: a fresh one is a megabyte or more.
    const canvas = kept && fits(kept, width, height) ? kept.canvas : make(width, height);
    const lctx = canvas?.getContext('2d');
    if (!canvas || !lctx) return null;
    lctx.setTransform(1, 0, 0, 1, 0, 0);
    lctx.clearRect(0, 0, width, height);
    const result = paint(lctx);
    // Taken as a bitmap, the picture is rasterized here and now, not at its first copy.
    const image = canvas.transferToImageBitmap?.() ?? canvas;
    release(kept);
    const layer = { key, marks, canvas, image, rect: bounds?.() ?? null, result };
    slots.set(slot, layer);
    return layer;
  };
  /** The picture kept in `slot`, if it is `picture` for a canvas of this size. */
  const keptFor = <T>(slot: Slot, width: number, height: number, picture: Picture<T>) => {
    // A slot is only ever filled by the same caller's paint, so its result has that type.
    const kept = slots.get(slot) as Layer<T> | undefined;
    return kept && fits(kept, width, height) && holds(kept, picture.key, picture.marks)
      ? kept
      : undefined;
  };
  const forget = (slot: Slot) => {
    waiting.get(slot)?.cancel();
    waiting.delete(slot);
  };
  return {
    put(slot, ctx, picture) {
      const { width, height } = ctx.canvas;
      const { key, marks, paint } = picture;
      const kept = keptFor(slot, width, height, picture);
      if (kept) return copy(ctx, kept);
      const wait = waiting.get(slot);
      forget(slot);
      if (defer && !(wait && holds(wait, key, marks))) {
        const entry: Waiting = { key, marks, cancel: () => {} };
        waiting.set(slot, entry);
        entry.cancel = defer(() => {
          waiting.delete(slot);
          keep(slot, width, height, picture);
        });
        return paint(ctx);
      }
      const layer = keep(slot, width, height, picture);
      return layer ? copy(ctx, layer) : paint(ctx);
    },
    prefill(slot, width, height, picture) {
      if (keptFor(slot, width, height, picture)) return;
      forget(slot);
      keep(slot, width, height, picture);
    },
    clear() {
      slots.forEach(release);
      slots.clear();
      forget('below');
      forget('above');
    },
  };
}
