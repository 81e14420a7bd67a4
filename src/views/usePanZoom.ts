import { useCallback, useEffect, useLayoutEffect, useRef, type PointerEvent } from 'react';
import type { ViewWindow } from './viewWindow';
import { panWindow, wheelFactor, zoomWindow } from './viewWindow';

/** Pointer travel, px, past which a press becomes a pan rather than a tap. */
export const TAP_SLOP_PX = 4;

/** How the data area maps: px (relative to its top-left) to data, and px per data unit per axis. */
export interface AreaMapping {
  readonly toData: (px: number, py: number) => number[];
  /** Data units per px along each axis, signed as screen moves map to data moves (y is flipped). */
  readonly unitsPerPx: readonly number[];
}

interface Press {
  readonly x: number;
  readonly y: number;
  lastX: number;
  lastY: number;
  panning: boolean;
}

/**
 * Wheel zoom about the pointer, drag-to-pan on the empty plot, two-finger pinch zoom, and taps.
 * The window is written through `setView` at most once per animation frame. A press that does not
 * travel is a tap (`onTap`, e.g. to place w₀). Returns a ref and handlers for the data area's
 * element; the wheel listener is attached natively (not passive), so the page does not scroll
 * under a zoom.
 */
export function usePanZoom(
  mapping: AreaMapping,
  window: ViewWindow,
  setView: (w: ViewWindow) => void,
  onTap: (px: number, py: number) => void,
) {
  const presses = useRef(new Map<number, Press>());
  const pinch = useRef<{ dist: number } | null>(null);
  const pending = useRef<ViewWindow | null>(null);
  const frame = useRef<number | null>(null);
  // Handlers read the latest window and mapping, so a gesture spanning renders stays consistent.
  const latest = useRef({ window, mapping, setView });
  useLayoutEffect(() => {
    latest.current = { window, mapping, setView };
  });
  /** The window a new gesture step starts from: one still waiting for its frame, else the last. */
  const current = () => pending.current ?? latest.current.window;

  const apply = useCallback((next: ViewWindow) => {
    pending.current = next;
    frame.current ??= requestAnimationFrame(() => {
      frame.current = null;
      const w = pending.current;
      pending.current = null;
      if (!w) return;
      // Until the store's new window comes back as a prop, gestures continue from this one.
      latest.current = { ...latest.current, window: w };
      latest.current.setView(w);
    });
  }, []);

  useEffect(
    () => () => {
      if (frame.current !== null) cancelAnimationFrame(frame.current);
    },
    [],
  );

  // A callback ref (React 19 runs its returned cleanup): the data area appears only once the plot
  // has a size, so an effect on mount would find no element to listen to.
  const ref = useCallback(
    (el: SVGElement | null) => {
      if (!el) return;
      const onWheel = (e: WheelEvent) => {
        e.preventDefault();
        const r = el.getBoundingClientRect();
        const m = latest.current.mapping;
        const w = current();
        const center = m.toData(e.clientX - r.left, e.clientY - r.top);
        apply(zoomWindow(w, center, wheelFactor(e.deltaY, e.deltaMode)));
      };
      el.addEventListener('wheel', onWheel, { passive: false });
      return () => el.removeEventListener('wheel', onWheel);
    },
    [apply],
  );

  const local = (e: PointerEvent<Element>) => {
    const r = e.currentTarget.getBoundingClientRect();
    return [e.clientX - r.left, e.clientY - r.top] as const;
  };

  return {
    ref,
    onPointerDown: (e: PointerEvent<Element>) => {
      if (e.pointerType === 'mouse' && e.button !== 0) return;
      try {
        e.currentTarget.setPointerCapture(e.pointerId);
      } catch {
        // A synthetic pointer cannot be captured; the gesture still works inside the area.
      }
      const [x, y] = local(e);
      presses.current.set(e.pointerId, { x, y, lastX: x, lastY: y, panning: false });
      if (presses.current.size === 2) {
        const [a, b] = [...presses.current.values()];
        pinch.current = {
          dist: Math.hypot((a?.lastX ?? 0) - (b?.lastX ?? 0), (a?.lastY ?? 0) - (b?.lastY ?? 0)),
        };
      }
    },
    onPointerMove: (e: PointerEvent<Element>) => {
      const p = presses.current.get(e.pointerId);
      if (!p) return;
      const [x, y] = local(e);
      const m = latest.current.mapping;
      const w = current();
      if (presses.current.size >= 2 && pinch.current) {
        p.lastX = x;
        p.lastY = y;
        p.panning = true;
        const [a, b] = [...presses.current.values()];
        if (!a || !b) return;
        const dist = Math.hypot(a.lastX - b.lastX, a.lastY - b.lastY);
        if (dist > 0 && pinch.current.dist > 0) {
          const center = m.toData((a.lastX + b.lastX) / 2, (a.lastY + b.lastY) / 2);
          apply(zoomWindow(w, center, pinch.current.dist / dist));
          pinch.current.dist = dist;
        }
        return;
      }
      if (!p.panning && Math.hypot(x - p.x, y - p.y) < TAP_SLOP_PX) return;
      p.panning = true;
      const dx = x - p.lastX;
      const dy = y - p.lastY;
      p.lastX = x;
      p.lastY = y;
      // The picture follows the pointer: the window moves the other way.
      apply(panWindow(w, [-(m.unitsPerPx[0] ?? 0) * dx, -(m.unitsPerPx[1] ?? 0) * dy]));
    },
    onPointerUp: (e: PointerEvent<Element>) => {
      const p = presses.current.get(e.pointerId);
      presses.current.delete(e.pointerId);
      if (presses.current.size < 2) pinch.current = null;
      if (p && !p.panning && presses.current.size === 0) onTap(p.x, p.y);
    },
    onPointerCancel: (e: PointerEvent<Element>) => {
      presses.current.delete(e.pointerId);
      pinch.current = null;
    },
  };
}
