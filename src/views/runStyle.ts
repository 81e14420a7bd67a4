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

/**
 * The light scheme's run colours (styles.css's :root and print.css set the same): canvas code's
 * fallback when CSS cannot be read, and paper's colours (canvasPalette).
 */
export const RUN_FALLBACK_COLOR: { readonly [K in OptimizerId]: string } = {
  sgd: '#a65a00',
  momentum: '#0072b2',
  nesterov: '#332288',
  rmsprop: '#009e73',
  adam: '#9e2a2b',
  adagrad: '#5d5d5d',
};

/** Unit polygons (radius 1) of the non-circle markers, as [x, y] vertices, y down. */
const POLYGONS: {
  readonly [K in Exclude<MarkerShape, 'circle'>]: readonly (readonly [number, number])[];
} = {
  diamond: [
    [0, -1.3],
    [1.3, 0],
    [0, 1.3],
    [-1.3, 0],
  ],
  square: [
    [-0.9, -0.9],
    [0.9, -0.9],
    [0.9, 0.9],
    [-0.9, 0.9],
  ],
  triangle: [
    [0, -1.25],
    [1.25, 1],
    [-1.25, 1],
  ],
  'triangle-down': [
    [0, 1.25],
    [1.25, -1],
    [-1.25, -1],
  ],
  // A plus sign with thick arms, so it fills like the other markers.
  cross: [
    [-0.4, -1.15],
    [0.4, -1.15],
    [0.4, -0.4],
    [1.15, -0.4],
    [1.15, 0.4],
    [0.4, 0.4],
    [0.4, 1.15],
    [-0.4, 1.15],
    [-0.4, 0.4],
    [-1.15, 0.4],
    [-1.15, -0.4],
    [-0.4, -0.4],
  ],
};

/** Anything with moveTo/lineTo/arc/closePath: a canvas Path2D or a 2D context. */
interface PathSink {
  moveTo(x: number, y: number): void;
  lineTo(x: number, y: number): void;
  arc(x: number, y: number, r: number, a0: number, a1: number): void;
  closePath(): void;
}

/** Adds a marker centred on (x, y) with "radius" r (px) to a canvas path: the same shapes as SVG. */
export function addMarker(
  path: PathSink,
  shape: MarkerShape,
  x: number,
  y: number,
  r: number,
): void {
  if (shape === 'circle') {
    path.moveTo(x + r, y);
    path.arc(x, y, r, 0, 2 * Math.PI);
    return;
  }
  // A plain loop without destructuring: this runs for every dot of a run's path, every repaint.
  const poly = POLYGONS[shape];
  for (let i = 0; i < poly.length; i++) {
    const v = poly[i];
    if (!v) continue;
    if (i === 0) path.moveTo(x + v[0] * r, y + v[1] * r);
    else path.lineTo(x + v[0] * r, y + v[1] * r);
  }
  path.closePath();
}

/** SVG path data of a marker centred on (x, y) with "radius" r (px). */
export function markerPath(shape: MarkerShape, x: number, y: number, r: number): string {
  const f = (v: number) => Math.round(v * 100) / 100;
  if (shape === 'circle')
    return `M${f(x - r)},${f(y)}a${f(r)},${f(r)} 0 1,0 ${f(2 * r)},0a${f(r)},${f(r)} 0 1,0 ${f(-2 * r)},0Z`;
  return `M${POLYGONS[shape].map(([px, py]) => `${f(x + px * r)},${f(y + py * r)}`).join('L')}Z`;
}
