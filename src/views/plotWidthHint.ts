/**
 * The plot box's width as the page shell laid it out before the app's first render (index.html
 * holds an invisible copy of the layout's boxes, laid out while the script still compiles). The
 * plot renders its first frame at this width instead of at 0 and again once measured: one
 * render and one layout fewer before the first plot. 0 when unknown; forgotten after the first
 * paint, when the measured width takes over.
 */
let hint = 0;

/** The shell's plot width, CSS px (0: none). */
export function plotWidthHint(): number {
  return hint;
}

/**
 * Reads the shell's plot box, if the page has one laid out by the app's styles (its layout a
 * grid), and keeps its width for the first render.
 */
export function readPlotWidthHint(root: ParentNode): void {
  const layout = root.querySelector<HTMLElement>('.layout');
  const plot = layout?.querySelector<HTMLElement>('.plot');
  if (!layout || !plot || getComputedStyle(layout).display !== 'grid') return;
  hint = plot.getBoundingClientRect().width;
}

/** Drops the hint (after the first paint: the layout may have changed since). */
export function forgetPlotWidthHint(): void {
  hint = 0;
}
