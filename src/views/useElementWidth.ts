import { useLayoutEffect, useState, type RefObject } from 'react';
import { flushSync } from 'react-dom';

/**
 * Width of an element's border box in CSS pixels, following resizes (its height is not tracked:
 * a panel whose content grows does not re-render the views sized by it). Only a ResizeObserver
 * measures, so no layout is ever forced: its first report comes after the browser's own layout
 * of the frame and before that frame's paint, and that first width is committed at once
 * (flushSync), so a plot sized by it is in the very first paint rather than one frame later.
 */
export function useElementWidth(
  ref: RefObject<HTMLElement | null>,
  options: {
    /**
     * The width to render with before the first report (0: unknown), e.g. the page shell's
     * measure (plotWidthHint): when it is right, the report changes nothing and the first render
     * is already the sized one.
     */
    initial?: number;
    /**
     * False renders the first width in a task of its own, like later resizes: for content below
     * the plot that mounts in pieces, so rendering it and laying it out are two tasks rather
     * than one long frame.
     */
    firstAtOnce?: boolean;
  } = {},
): number {
  const { initial = 0, firstAtOnce = true } = options;
  const [width, setWidth] = useState(initial);
  useLayoutEffect(() => {
    const el = ref.current;
    if (!el) return;
    let first = true;
    const ro = new ResizeObserver((entries) => {
      const box = entries[entries.length - 1]?.borderBoxSize[0];
      if (!box) return;
      const next = box.inlineSize;
      const apply = () => setWidth((w) => (Math.abs(w - next) < 0.5 ? w : next));
      if (first && firstAtOnce) flushSync(apply);
      else apply();
      first = false;
    });
    ro.observe(el);
    return () => ro.disconnect();
  }, [ref, firstAtOnce]);
  return width;
}
