import { useLayoutEffect, useRef } from 'react';
import { PAPER_PALETTE } from './canvasPalette';
import type { TrajectoryLayerProps } from './TrajectoryCanvas';
import { trajectoryLayer } from './trajectorySvg';
import { usePrinting } from './usePrinting';

/**
 * The runs' paths as SVG, in paper's palette, while the page prints; print.css hides the
 * trajectory canvas then. A canvas drawn while Chromium prints is printed opaque, hiding the
 * contour map under it, so the canvas cannot simply repaint in light colours; and vectors print
 * sharper anyway. The paths are the ones "Save SVG" writes, drawn as the canvas draws them.
 */
export function PrintTrajectories(props: TrajectoryLayerProps) {
  const { runs, step, scale, left, top } = props;
  const printing = usePrinting();
  const ref = useRef<SVGSVGElement>(null);
  useLayoutEffect(() => {
    if (printing) ref.current?.replaceChildren(trajectoryLayer(runs, step, scale, PAPER_PALETTE));
  }, [printing, runs, step, scale]);
  if (!printing) return null;
  return (
    <svg
      ref={ref}
      className="print-trajectories"
      aria-hidden="true"
      width={scale.width}
      height={scale.height}
      style={{ left, top }}
    />
  );
}
