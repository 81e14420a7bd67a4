/**
 * Rounds a data coordinate picked with the pointer to the precision one pixel resolves, so a
 * clicked w₀ reads (and shares) as "1.37", not "1.3712408963".
 */
export function roundToPixel(value: number, unitsPerPixel: number): number {
  if (!(unitsPerPixel > 0) || !Number.isFinite(value)) return value;
  const decimals = Math.max(0, Math.min(12, Math.ceil(-Math.log10(unitsPerPixel))));
  const rounded = Number(value.toFixed(decimals));
  return Object.is(rounded, -0) ? 0 : rounded;
}
