import { useLayoutEffect, useState, type RefObject } from 'react';

/** The room a box leaves its `.plot` child: the box's size less its other children's heights. */
export interface PlotRoom {
  readonly width: number;
  readonly room: number;
}

/**
 * Measures, and follows as they resize, a flex box of fixed height (the embed's plot area) and
 * the children above and below its `.plot`: the plot may then be as tall as `room`.
 */
export function usePlotRoom(ref: RefObject<HTMLElement | null>): PlotRoom {
  const [size, setSize] = useState<PlotRoom>({ width: 0, room: 0 });
  useLayoutEffect(() => {
    const box = ref.current;
    if (!box) return;
    const measure = () => {
      const r = box.getBoundingClientRect();
      const gap = parseFloat(getComputedStyle(box).rowGap) || 0;
      const others = Array.from(box.children).filter((c) => !c.classList.contains('plot'));
      const taken = others.reduce((h, c) => h + c.getBoundingClientRect().height + gap, 0);
      const next = { width: Math.floor(r.width), room: Math.floor(r.height - taken) };
      setSize((s) => (s.width === next.width && s.room === next.room ? s : next));
    };
    measure();
    const ro = new ResizeObserver(measure);
    ro.observe(box);
    for (const c of Array.from(box.children)) if (!c.classList.contains('plot')) ro.observe(c);
    return () => ro.disconnect();
  }, [ref]);
  return size;
}
