/** The smallest an equation line is shrunk to fit before it scrolls instead (of its size). */
export const MIN_EQ_SCALE = 0.72;

/**
 * The font scale (MIN_EQ_SCALE … 1, in hundredths, rounded down) at which content `natural` px
 * wide at full size fits `available` px, keeping a pixel spare, and whether it still overflows
 * at the smallest scale (then the line scrolls). Zero or unknown sizes leave it at full size.
 */
export function fitScale(natural: number, available: number): { scale: number; overflow: boolean } {
  if (!(natural > 0) || !(available > 0)) return { scale: 1, overflow: false };
  const room = available - 1;
  if (natural <= room) return { scale: 1, overflow: false };
  const scale = Math.floor((room / natural) * 100) / 100;
  return scale >= MIN_EQ_SCALE
    ? { scale, overflow: false }
    : { scale: MIN_EQ_SCALE, overflow: true };
}
