import { optimizerById, type OptimizerId } from '../../core/optimizers/registry';
import type { Interval } from '../../core/presets';
import type { AppState } from '../../state/store';
import { runEta, viewOf } from '../../state/settings';
import { formatNumber } from '../format';
import { RUN_FALLBACK_COLOR, RUN_STYLE } from '../runStyle';
import { equalScale, type EqualScale } from '../surface/equalScale';
import { curveScales, type CurveScales } from './curveScales';
import { buildHeader, cssFont, type Font, type StepLabelPlace } from './header';
import { svgEl } from '../svgEl';
import { cloneStyled, XLINK_NS } from './styleClone';
import { trajectoryLayer } from '../surface/trajectorySvg';
import { surfaceDataUrl } from './surfaceLayers';

/** The data area of the plot inside the exported picture, px. */
export interface Area {
  readonly left: number;
  readonly top: number;
  readonly width: number;
  readonly height: number;
}

/** Concrete colours of the plot as on screen. */
export interface Palette {
  readonly bg: string;
  /** The halo under trajectories (the page background, as the canvas uses). */
  readonly halo: string;
  readonly fg: string;
  readonly run: (id: OptimizerId) => string;
}

/** A picture of the plot, and what a video frame needs to draw on top of it. */
export interface Snapshot {
  readonly svg: SVGSVGElement;
  readonly width: number;
  readonly height: number;
  readonly area: Area;
  readonly stepLabel: StepLabelPlace;
  readonly palette: Palette;
  /** 2D: the equal-scale mapping of the surface; 1D: the curve's scales. */
  readonly mapping: { dim: 2; scale: EqualScale } | { dim: 1; scales: CurveScales };
}

const FALLBACK_FONT = 'system-ui, -apple-system, "Segoe UI", Roboto, Helvetica, Arial, sans-serif';

/** The plot element on the page: the one in the plot panel (full page or embed). */
export function findPlot(root: ParentNode = document): HTMLElement | null {
  return root.querySelector<HTMLElement>('.plot-panel .plot');
}

function fontOf(el: Element | null, fallback: Font): Font {
  if (!el) return fallback;
  const cs = getComputedStyle(el);
  return {
    family: cs.fontFamily || fallback.family,
    size: parseFloat(cs.fontSize) || fallback.size,
    weight: cs.fontWeight || fallback.weight,
  };
}

/** The first non-transparent background from `el` up: what the plot is seen against. */
function backgroundOf(el: Element): string {
  for (let e: Element | null = el; e; e = e.parentElement) {
    const bg = getComputedStyle(e).backgroundColor;
    if (bg && bg !== 'transparent' && !/rgba\(.*,\s*0\)$/.test(bg)) return bg;
  }
  return '#ffffff';
}

function palette(plot: HTMLElement): Palette {
  const cs = getComputedStyle(plot);
  const css = (name: string, fallback: string) => cs.getPropertyValue(name).trim() || fallback;
  return {
    bg: backgroundOf(plot),
    halo: css('--bg', '#ffffff'),
    fg: cs.color || '#000000',
    run: (id) => css(RUN_STYLE[id].colorVar, RUN_FALLBACK_COLOR[id]),
  };
}

let measurer: CanvasRenderingContext2D | null = null;
function measure(text: string, font: Font): number {
  measurer ??= document.createElement('canvas').getContext('2d');
  if (!measurer) return text.length * font.size * 0.6;
  measurer.font = cssFont(font);
  return measurer.measureText(text).width;
}

/** The dynamic parts of the plot, left out of a video's still background. */
function dynamicParts(overlay: SVGSVGElement, dim: number): Set<Element> {
  if (dim === 1) return new Set(overlay.querySelectorAll('g.run'));
  const layer = overlay.querySelector('.w0-marker')?.parentElement;
  return new Set(layer ? Array.from(layer.children).filter((c) => !c.matches('.w0-marker')) : []);
}

/**
 * Builds a standalone SVG of the plot as it is on screen: a header (formula, step label, legend
 * with every run), then the plot: in 2D the contour fill as an embedded PNG, each run's path
 * regenerated as vector paths from its data, and the live overlay (axes, markers, arrows, colour
 * legend) copied with its computed colours. With `still`, the step-dependent parts (paths,
 * current points, arrows, step label) are left out: the background of a video.
 */
export function buildSnapshot(state: AppState, still = false): Snapshot {
  const plot = findPlot();
  const overlay = plot?.querySelector<SVGSVGElement>('svg.plot-svg');
  const dataArea = overlay?.querySelector<SVGGraphicsElement>('.data-area');
  if (!plot || !overlay || !dataArea) throw new Error('The plot is not on screen.');
  const { problem, settings, runs, step } = state;
  const colors = palette(plot);
  const width = overlay.width.baseVal.value;
  const plotHeight = overlay.height.baseVal.value;
  const o = overlay.getBoundingClientRect();
  const d = dataArea.getBoundingClientRect();

  const base = fontOf(plot, { family: FALLBACK_FONT, size: 14, weight: '400' });
  const legendFont = fontOf(document.querySelector('.plot-panel .legend li'), base);
  const header = buildHeader(
    {
      width,
      formula: problem.text,
      legend: runs.map(({ id }) => ({
        id,
        label: RUN_STYLE[id].label,
        detail: `(η = ${formatNumber(runEta(settings, id))}${
          optimizerById(id).usesBeta ? `, β = ${formatNumber(settings.beta)}` : ''
        })`,
      })),
      fg: colors.fg,
      runColor: colors.run,
      formulaFont: fontOf(document.querySelector('.plot-panel .formula'), base),
      legendFont,
      stepFont: { ...base, size: 15, weight: '600' },
      measure,
    },
    still ? null : step,
  );
  const area: Area = {
    left: d.left - o.left,
    top: header.height + d.top - o.top,
    width: d.width,
    height: d.height,
  };
  const height = header.height + plotHeight;

  const svg = svgEl('svg', { width, height, viewBox: `0 0 ${width} ${height}` });
  const title = svgEl('title');
  title.textContent = `Heavy Ball: ${problem.text}, step ${step}`;
  svg.append(title, svgEl('rect', { width, height, fill: colors.bg }), header.group);

  const body = svgEl('g', { transform: `translate(0,${header.height})` });
  const view = viewOf(settings, problem);
  let mapping: Snapshot['mapping'];
  if (problem.dim === 2) {
    const vx: Interval = view[0] ?? [-1, 1];
    const vy: Interval = view[1] ?? [-1, 1];
    const scale = equalScale(vx, vy, area.width, area.height);
    mapping = { dim: 2, scale };
    const href = surfaceDataUrl(problem, [vx, vy], area.width, area.height);
    const image = svgEl('image', {
      x: area.left,
      y: area.top - header.height,
      width: area.width,
      height: area.height,
      preserveAspectRatio: 'none',
      href,
    });
    image.setAttributeNS(XLINK_NS, 'xlink:href', href);
    body.append(image);
    if (!still) {
      const paths = trajectoryLayer(runs, step, scale, colors);
      paths.setAttribute('transform', `translate(${area.left},${area.top - header.height})`);
      body.append(paths);
    }
  } else {
    mapping = {
      dim: 1,
      scales: curveScales(problem.loss, view[0] ?? [-1, 1], area.width, area.height),
    };
  }
  const drop = new Set<Element>(overlay.querySelectorAll('.data-area'));
  if (still) for (const e of dynamicParts(overlay, problem.dim)) drop.add(e);
  const copy = cloneStyled(overlay, still ? 'hbv' : 'hbx', drop);
  copy.setAttribute('x', '0');
  copy.setAttribute('y', '0');
  body.append(copy);
  svg.append(body);
  return { svg, width, height, area, stepLabel: header.stepLabel, palette: colors, mapping };
}

/** The snapshot as an SVG file's text. */
export function svgText(snapshot: Snapshot): string {
  return `<?xml version="1.0" encoding="UTF-8"?>\n${new XMLSerializer().serializeToString(snapshot.svg)}\n`;
}
