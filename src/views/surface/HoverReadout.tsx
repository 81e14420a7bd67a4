import { formatNumber } from '../format';
import type { Hover } from './usePointerPlacement';

/** The (x, y, L) under the pointer, as a small label beside it that flips side near the right edge. */
export function HoverReadout(props: {
  hover: Hover;
  loss: number;
  /** Offset of the data area inside the stage, px. */
  left: number;
  top: number;
  areaWidth: number;
}) {
  const { hover, loss, left, top, areaWidth } = props;
  const flip = hover.px > areaWidth - 150;
  return (
    <div
      className="surface-hover"
      aria-hidden="true"
      style={{
        top: top + Math.max(0, hover.py - 34),
        ...(flip
          ? { right: `calc(100% - ${left + hover.px - 10}px)` }
          : { left: left + hover.px + 14 }),
      }}
    >
      x {formatNumber(hover.x)} · y {formatNumber(hover.y)} · L {formatNumber(loss)}
    </div>
  );
}
