import { useCallback, useEffect, useRef, useState, type PointerEvent } from 'react';
import type { Vec } from '../../core/vector';
import { roundToPixel } from '../pointer';
import type { EqualScale } from './equalScale';

/** Where the pointer hovers: px in the data area, and the data point under it. */
export interface Hover {
  readonly px: number;
  readonly py: number;
  readonly x: number;
  readonly y: number;
}

/** Pointer handlers for the data area's rect, and the hover state for the (x, y, L) readout. */
export interface PointerPlacement {
  readonly hover: Hover | null;
  readonly handlers: {
    onPointerDown: (e: PointerEvent<SVGRectElement>) => void;
    onPointerMove: (e: PointerEvent<SVGRectElement>) => void;
    onPointerUp: (e: PointerEvent<SVGRectElement>) => void;
    onPointerCancel: (e: PointerEvent<SVGRectElement>) => void;
    onPointerLeave: () => void;
  };
}

/** Handlers a press away from the w₀ marker goes to (pan, zoom, and a tap that places w₀). */
export interface PressHandlers {
  onPointerDown: (e: PointerEvent<SVGRectElement>) => void;
  onPointerMove: (e: PointerEvent<SVGRectElement>) => void;
  onPointerUp: (e: PointerEvent<SVGRectElement>) => void;
  onPointerCancel: (e: PointerEvent<SVGRectElement>) => void;
}

/** How close to the w₀ marker (px) a press grabs it rather than panning the map. */
export const GRAB_RADIUS_PX = 16;

/**
 * A press on the w₀ marker grabs it: w₀ follows the pointer (mouse, pen or touch) while dragging.
 * Any other press goes to `elsewhere` (pan, pinch, and a tap that places w₀). Drags are
 * throttled to one setW0 per animation frame (each recomputes the runs). Coordinates are
 * rounded to what one pixel resolves, so a placed w₀ reads "1.37", not "1.3712408963".
 */
export function usePointerPlacement(
  scale: EqualScale,
  setW0: (w0: Vec) => void,
  w0: Vec,
  elsewhere: PressHandlers,
): PointerPlacement {
  const [hover, setHover] = useState<Hover | null>(null);
  const dragging = useRef<number | null>(null);
  const pending = useRef<Vec | null>(null);
  const frame = useRef<number | null>(null);

  useEffect(
    () => () => {
      if (frame.current !== null) cancelAnimationFrame(frame.current);
    },
    [],
  );

  const locate = useCallback(
    (e: PointerEvent<SVGRectElement>): Hover => {
      const r = e.currentTarget.getBoundingClientRect();
      // Clamp to the area: a drag that leaves it keeps w₀ on its edge, inside the view.
      const px = Math.min(scale.width, Math.max(0, e.clientX - r.left));
      const py = Math.min(scale.height, Math.max(0, e.clientY - r.top));
      const [x, y] = scale.toData(px, py);
      return { px, py, x, y };
    },
    [scale],
  );

  const w0At = useCallback(
    (h: Hover): Vec => {
      const unit = scale.pxPerUnit > 0 ? 1 / scale.pxPerUnit : 0;
      return [roundToPixel(h.x, unit), roundToPixel(h.y, unit)];
    },
    [scale],
  );

  const flush = useCallback(() => {
    frame.current = null;
    const w0 = pending.current;
    pending.current = null;
    if (w0) setW0(w0);
  }, [setW0]);

  const end = (e: PointerEvent<SVGRectElement>) => {
    if (dragging.current !== e.pointerId) {
      if (e.type === 'pointercancel') elsewhere.onPointerCancel(e);
      else elsewhere.onPointerUp(e);
      return;
    }
    dragging.current = null;
    if (frame.current !== null) cancelAnimationFrame(frame.current);
    flush();
  };

  return {
    hover,
    handlers: {
      onPointerDown: (e) => {
        if (e.pointerType === 'mouse' && e.button !== 0) return;
        e.preventDefault();
        const press = locate(e);
        const [mx, my] = scale.toScreen(w0[0] ?? 0, w0[1] ?? 0);
        if (Math.hypot(press.px - mx, press.py - my) > GRAB_RADIUS_PX) {
          setHover(press);
          elsewhere.onPointerDown(e);
          return;
        }
        try {
          // Keep receiving moves when a drag leaves the area (and on touch, past the finger's edge).
          e.currentTarget.setPointerCapture(e.pointerId);
        } catch {
          // A synthetic or already-released pointer cannot be captured; the drag still works inside.
        }
        dragging.current = e.pointerId;
        const h = locate(e);
        setHover(h);
        // The press itself places w₀ at once: a click is a drag of length zero.
        setW0(w0At(h));
      },
      onPointerMove: (e) => {
        const h = locate(e);
        setHover(h);
        if (dragging.current !== e.pointerId) {
          elsewhere.onPointerMove(e);
          return;
        }
        pending.current = w0At(h);
        frame.current ??= requestAnimationFrame(flush);
      },
      onPointerUp: end,
      onPointerCancel: end,
      onPointerLeave: () => {
        if (dragging.current === null) setHover(null);
      },
    },
  };
}
