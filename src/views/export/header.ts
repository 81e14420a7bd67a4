import type { OptimizerId } from '../../core/optimizers/registry';
import { markerPath, RUN_STYLE } from '../runStyle';
import { flowLayout, rowCount } from './layout';
import { svgEl } from '../svgEl';

/** A font as canvas and SVG both understand it. */
export interface Font {
  readonly family: string;
  /** px */
  readonly size: number;
  readonly weight: string;
}

/** The CSS shorthand of a font, for canvas. */
export function cssFont(f: Font): string {
  return `${f.weight} ${f.size}px ${f.family}`;
}

/** One legend entry: the run and its text ("Momentum", "(η = 0.1, β = 0.9)"). */
export interface LegendEntry {
  readonly id: OptimizerId;
  readonly label: string;
  readonly detail: string;
}

/** What the header above the plot shows and how. */
export interface HeaderSpec {
  readonly width: number;
  readonly formula: string;
  readonly legend: readonly LegendEntry[];
  readonly fg: string;
  readonly runColor: (id: OptimizerId) => string;
  readonly formulaFont: Font;
  readonly legendFont: Font;
  readonly stepFont: Font;
  /** Text width in px of a string in a font (canvas measureText in the browser). */
  readonly measure: (text: string, font: Font) => number;
}

/** Where the step label goes, so a video frame can write its own step there. */
export interface StepLabelPlace {
  readonly x: number;
  readonly y: number;
  readonly font: Font;
  readonly color: string;
}

const PAD = 8;
const SWATCH = 34;
const ROW = 22;
const FIRST_ROW = 22;

/** Anchors for a text element in a given font. */
function textAttrs(font: Font, fill: string): Record<string, string | number> {
  return {
    'font-family': font.family,
    'font-size': font.size,
    'font-weight': font.weight,
    fill,
  };
}

/**
 * The header drawn above an exported plot: the formula (left) and the step label (right) on the
 * first row, then the legend (every run: its swatch in colour, dash and marker, its name and its
 * η and β), wrapping as wide as the plot. `step` null leaves the step label out (a video frame
 * draws it). Returns the group, its height and where the step label sits.
 */
export function buildHeader(
  spec: HeaderSpec,
  step: number | null,
): { group: SVGGElement; height: number; stepLabel: StepLabelPlace } {
  const { width, fg, measure } = spec;
  const g = svgEl('g');
  const formula = svgEl('text', { x: PAD, y: FIRST_ROW - 4, ...textAttrs(spec.formulaFont, fg) });
  formula.textContent = spec.formula;
  g.append(formula);
  const stepLabel: StepLabelPlace = {
    x: width - PAD,
    y: FIRST_ROW - 4,
    font: spec.stepFont,
    color: fg,
  };
  if (step !== null) {
    const s = svgEl('text', {
      x: stepLabel.x,
      y: stepLabel.y,
      'text-anchor': 'end',
      ...textAttrs(spec.stepFont, fg),
    });
    s.textContent = `Step ${step}`;
    g.append(s);
  }
  const small: Font = { ...spec.legendFont, size: Math.round(spec.legendFont.size * 0.85) };
  const widths = spec.legend.map(
    (e) => SWATCH + 4 + measure(e.label, spec.legendFont) + 4 + measure(e.detail, small),
  );
  const placed = flowLayout(widths, width - 2 * PAD, 16);
  spec.legend.forEach((e, i) => {
    const p = placed[i] ?? { x: 0, row: 0 };
    const x = PAD + p.x;
    const cy = FIRST_ROW + p.row * ROW + ROW / 2;
    const color = spec.runColor(e.id);
    const style = RUN_STYLE[e.id];
    const item = svgEl('g');
    const line = svgEl('line', {
      x1: x + 2,
      x2: x + SWATCH - 2,
      y1: cy,
      y2: cy,
      stroke: color,
      'stroke-width': 2,
    });
    if (style.dash) line.setAttribute('stroke-dasharray', style.dash);
    const marker = svgEl('path', {
      d: markerPath(style.shape, x + SWATCH / 2, cy, 4.5),
      fill: color,
    });
    const label = svgEl('text', {
      x: x + SWATCH + 4,
      y: cy + spec.legendFont.size * 0.35,
      ...textAttrs(spec.legendFont, fg),
    });
    label.textContent = e.label;
    const detail = svgEl('text', {
      x: x + SWATCH + 8 + measure(e.label, spec.legendFont),
      y: cy + spec.legendFont.size * 0.35,
      ...textAttrs(small, fg),
    });
    detail.textContent = e.detail;
    item.append(line, marker, label, detail);
    g.append(item);
  });
  const height = FIRST_ROW + rowCount(placed) * ROW + 6;
  return { group: g, height, stepLabel };
}
