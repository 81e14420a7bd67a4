import type { OptimizerId } from '../../core/optimizers/registry';
import { RUN_FALLBACK_COLOR, RUN_STYLE } from '../runStyle';
import { cssColor } from './SurfaceCanvas';

/** The colours runs are drawn with outside CSS (canvas, generated SVG). */
export interface RunPalette {
  /** The halo under each line: the background. */
  readonly halo: string;
  /** A run's colour. */
  run(id: OptimizerId): string;
}

/**
 * Paper's palette: the light scheme's run colours on white, whatever the screen shows (print.css
 * sets the same custom properties; at beforeprint the page still has its screen styles).
 */
export const PAPER_PALETTE: RunPalette = { halo: '#ffffff', run: (id) => RUN_FALLBACK_COLOR[id] };

/** A canvas's palette, resolved for one colour scheme. */
export interface CanvasPalette extends RunPalette {
  readonly scheme: string;
}

/**
 * The run colours and halo for a canvas in `el` under the screen's scheme, read from the CSS
 * custom properties (so dark mode lightens them), each once, when first asked for.
 */
export function canvasPalette(el: Element, scheme: string): CanvasPalette {
  const runs: Partial<Record<OptimizerId, string>> = {};
  let halo: string | undefined;
  // Read on first use: getComputedStyle forces a style pass, and a layer may need no colour.
  return {
    scheme,
    get halo() {
      return (halo ??= cssColor(el, '--bg', PAPER_PALETTE.halo));
    },
    run: (id) => (runs[id] ??= cssColor(el, RUN_STYLE[id].colorVar, RUN_FALLBACK_COLOR[id])),
  };
}
