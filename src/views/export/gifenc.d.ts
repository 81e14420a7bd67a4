/** The parts of gifenc 1.0.3 (no types of its own) that recordGif uses. */
declare module 'gifenc' {
  /** RGB(A) colours, each [r, g, b] or [r, g, b, a], 0 … 255. */
  export type Palette = number[][];
  /** Reduces RGBA pixels to at most `maxColors` colours. */
  export function quantize(
    rgba: Uint8Array | Uint8ClampedArray,
    maxColors: number,
    options?: { format?: 'rgb565' | 'rgb444' | 'rgba4444'; oneBitAlpha?: boolean | number },
  ): Palette;
  /** Each pixel's index into the palette. */
  export function applyPalette(
    rgba: Uint8Array | Uint8ClampedArray,
    palette: Palette,
    format?: 'rgb565' | 'rgb444' | 'rgba4444',
  ): Uint8Array;
  /** A streaming GIF writer. */
  export interface GifWriter {
    writeFrame(
      index: Uint8Array,
      width: number,
      height: number,
      options?: {
        palette?: Palette;
        delay?: number;
        repeat?: number;
        transparent?: boolean;
        dispose?: number;
      },
    ): void;
    finish(): void;
    bytes(): Uint8Array;
  }
  export function GIFEncoder(options?: { auto?: boolean; initialCapacity?: number }): GifWriter;
}
