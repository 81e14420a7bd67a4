/** A box placed by flowLayout: its left edge and its row. */
export interface Placed {
  readonly x: number;
  readonly row: number;
}

/**
 * Places boxes of the given widths left to right, wrapping to a new row when the next one would
 * pass `maxWidth` (a box wider than a whole row gets a row of its own), `gap` px apart.
 */
export function flowLayout(widths: readonly number[], maxWidth: number, gap: number): Placed[] {
  const out: Placed[] = [];
  let x = 0;
  let row = 0;
  for (const w of widths) {
    if (x > 0 && x + w > maxWidth) {
      row++;
      x = 0;
    }
    out.push({ x, row });
    x += w + gap;
  }
  return out;
}

/** Rows used by a layout (0 for no boxes). */
export function rowCount(placed: readonly Placed[]): number {
  return placed.reduce((n, p) => Math.max(n, p.row + 1), 0);
}
