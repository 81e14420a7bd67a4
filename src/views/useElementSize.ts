import { useLayoutEffect, useState, type RefObject } from 'react';
import { flushSync } from 'react-dom';

/** Content-box size of an element in CSS pixels, following resizes. */
export interface Size {
  readonly width: number;
  readonly height: number;
}

const ZERO: Size = { width: 0, height: 0 };

/**
 * Measures an element (its border box) and re-renders when it resizes. Only a ResizeObserver
 * measures, so no layout is ever forced: its first report comes after the browser's own layout
 * of the frame and before that frame's paint, and that first size is committed at once
 * (flushSync), so a plot sized by it is in the very first paint rather than one frame later.
 * Later resizes re-render as usual.
 */
export function useElementSize(ref: RefObject<HTMLElement | null>): Size {
  const [size, setSize] = useState<Size>(ZERO);
  useLayoutEffect(() => {
    const el = ref.current;
    if (!el) return;
    let first = true;
    const ro = new ResizeObserver((entries) => {
      const box = entries[entries.length - 1]?.borderBoxSize[0];
      if (!box) return;
      const next = { width: box.inlineSize, height: box.blockSize };
      const apply = () =>
        setSize((s) =>
          Math.abs(s.width - next.width) < 0.5 && Math.abs(s.height - next.height) < 0.5 ? s : next,
        );
      if (first) flushSync(apply);
      else apply();
      first = false;
    });
    ro.observe(el);
    return () => ro.disconnect();
  }, [ref]);
  return size;
}
