import type { OptimizerId } from '../core/optimizers/registry';

/** A run's marker shape: shape, dash and colour each tell the runs apart on their own. */
export type MarkerShape = 'circle' | 'diamond' | 'triangle' | 'square' | 'triangle-down' | 'cross';

/** How one optimizer's run is drawn everywhere (plot, legend, charts, tables). */
export interface RunStyle {
  readonly label: string;
  /** A CSS colour (a custom property, so dark mode can lighten it). */
  readonly color: string;
  /** The CSS custom property behind `color`, for canvas code that must resolve it. */
  readonly colorVar: string;
  /** SVG dash array ('' for solid). */
  readonly dash: string;
  readonly shape: MarkerShape;
}

/**
 * Colours from the Okabe–Ito and Tol colour-blind-safe palettes, chosen so every pair stays
 * apart (CIE ΔE ≥ 15) under simulated deuteranopia, protanopia and tritanopia in both colour
 * schemes (runStyle.test.ts checks this against styles.css). Each run also has its own marker
 * shape and dash, so the runs stay apart in greyscale print.
 */
export const RUN_STYLE: { readonly [K in OptimizerId]: RunStyle } = {
  sgd: { label: 'SGD', color: 'var(--sgd)', colorVar: '--sgd', dash: '6 4', shape: 'circle' },
  momentum: {
    label: 'Momentum',
    color: 'var(--momentum)',
    colorVar: '--momentum',
    dash: '',
    shape: 'diamond',
  },
  nesterov: {
    label: 'Nesterov',
    color: 'var(--nesterov)',
    colorVar: '--nesterov',
    dash: '1 3',
    shape: 'triangle',
  },
  rmsprop: {
    label: 'RMSProp',
    color: 'var(--rmsprop)',
    colorVar: '--rmsprop',
    dash: '10 3 2 3',
    shape: 'square',
  },
  adam: { label: 'Adam', color: 'var(--adam)', colorVar: '--adam', dash: '12 5', shape: 'cross' },
  adagrad: {
    label: 'AdaGrad',
    color: 'var(--adagrad)',
    colorVar: '--adagrad',
    dash: '3 2 3 6',
    shape: 'triangle-down',
  },
};

/** Light-scheme fallbacks of the run colours, for canvas code when CSS cannot be read. */
export const RUN_FALLBACK_COLOR: { readonly [K in OptimizerId]: string } = {
  sgd: '#a65a00',
  momentum: '#0072b2',
  nesterov: '#332288',
  rmsprop: '#009e73',
  adam: '#9e2a2b',
  adagrad: '#5d5d5d',
};

/**
 * SVG path data of a marker centred on (x, y) with "radius" r (px). Also valid for canvas
 * `new Path2D(d)`, so SVG and canvas draw the very same shapes.
 */
export function markerPath(shape: MarkerShape, x: number, y: number, r: number): string {
  const f = (v: number) => Math.round(v * 100) / 100;
  const pts = (ps: readonly (readonly [number, number])[]) =>
    `M${ps.map(([px, py]) => `${f(x + px)},${f(y + py)}`).join('L')}Z`;
  switch (shape) {
    case 'circle':
      return `M${f(x - r)},${f(y)}a${f(r)},${f(r)} 0 1,0 ${f(2 * r)},0a${f(r)},${f(r)} 0 1,0 ${f(-2 * r)},0Z`;
    case 'diamond': {
      const s = r * 1.3;
      return pts([
        [0, -s],
        [s, 0],
        [0, s],
        [-s, 0],
      ]);
    }
    case 'square': {
      const s = r * 0.9;
      return pts([
        [-s, -s],
        [s, -s],
        [s, s],
        [-s, s],
      ]);
    }
    case 'triangle': {
      const s = r * 1.25;
      return pts([
        [0, -s],
        [s, s * 0.8],
        [-s, s * 0.8],
      ]);
    }
    case 'triangle-down': {
      const s = r * 1.25;
      return pts([
        [0, s],
        [s, -s * 0.8],
        [-s, -s * 0.8],
      ]);
    }
    case 'cross': {
      // A plus sign with thick arms, so it fills like the other markers.
      const a = r * 1.15;
      const b = r * 0.4;
      return pts([
        [-b, -a],
        [b, -a],
        [b, -b],
        [a, -b],
        [a, b],
        [b, b],
        [b, a],
        [-b, a],
        [-b, b],
        [-a, b],
        [-a, -b],
        [-b, -b],
      ]);
    }
  }
}
