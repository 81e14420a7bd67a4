// Reads styles.css from disk, so this test needs Node's types.
/// <reference types="node" />
import { readFileSync } from 'node:fs';
import { describe, expect, it } from 'vitest';
import { OPTIMIZERS } from '../core/optimizers/registry';
import { markerPath, RUN_FALLBACK_COLOR, RUN_STYLE } from './runStyle';

type Rgb = readonly [number, number, number];

const hex = (h: string): Rgb => {
  const n = parseInt(h.slice(1), 16);
  return [(n >> 16) & 255, (n >> 8) & 255, n & 255];
};
const toLinear = (c: number) => {
  const v = c / 255;
  return v <= 0.04045 ? v / 12.92 : ((v + 0.055) / 1.055) ** 2.4;
};
const fromLinear = (c: number) => {
  const v = Math.min(1, Math.max(0, c));
  return 255 * (v <= 0.0031308 ? 12.92 * v : 1.055 * v ** (1 / 2.4) - 0.055);
};

/** Machado, Oliveira & Fernandes (2009) full-severity simulation matrices, on linear RGB. */
const SIMULATIONS: Record<string, number[][] | null> = {
  normal: null,
  deuteranopia: [
    [0.367322, 0.860646, -0.227968],
    [0.280085, 0.672501, 0.047413],
    [-0.01182, 0.04294, 0.968881],
  ],
  protanopia: [
    [0.152286, 1.052583, -0.204868],
    [0.114503, 0.786281, 0.099216],
    [-0.003882, -0.048116, 1.051998],
  ],
  tritanopia: [
    [1.255528, -0.076749, -0.178779],
    [-0.078411, 0.930809, 0.147602],
    [0.004733, 0.691367, 0.3039],
  ],
};

function simulate(rgb: Rgb, m: number[][] | null): Rgb {
  if (!m) return rgb;
  const l = rgb.map(toLinear);
  const row = (i: number) =>
    fromLinear(
      (m[i]?.[0] ?? 0) * (l[0] ?? 0) +
        (m[i]?.[1] ?? 0) * (l[1] ?? 0) +
        (m[i]?.[2] ?? 0) * (l[2] ?? 0),
    );
  return [row(0), row(1), row(2)];
}

/** CIE L*a*b* (D65) of an sRGB colour. */
function lab(rgb: Rgb): Rgb {
  const [r, g, b] = rgb.map(toLinear) as unknown as Rgb;
  const f = (t: number) => (t > 0.008856 ? Math.cbrt(t) : 7.787 * t + 16 / 116);
  const x = f((0.4124 * r + 0.3576 * g + 0.1805 * b) / 0.95047);
  const y = f(0.2126 * r + 0.7152 * g + 0.0722 * b);
  const z = f((0.0193 * r + 0.1192 * g + 0.9505 * b) / 1.08883);
  return [116 * y - 16, 500 * (x - y), 200 * (y - z)];
}

const deltaE = (a: Rgb, b: Rgb) => Math.hypot(...lab(a).map((v, i) => v - (lab(b)[i] ?? 0)));

/** The run colours each colour scheme of styles.css (and print.css) sets, in registry order. */
function schemeColours(): Record<'light' | 'dark' | 'print', string[]> {
  const css = readFileSync(new URL('../styles.css', import.meta.url), 'utf8');
  const dark = css.slice(css.indexOf('prefers-color-scheme: dark'));
  const read = (block: string) =>
    OPTIMIZERS.map((o) => {
      const m = new RegExp(`--${o.id}:\\s*(#[0-9a-fA-F]{6})`).exec(block);
      if (!m?.[1]) throw new Error(`no --${o.id} colour`);
      return m[1];
    });
  const print = readFileSync(new URL('../print.css', import.meta.url), 'utf8');
  return { light: read(css), dark: read(dark), print: read(print) };
}

describe('run styles', () => {
  it('every pair of run colours stays apart under simulated colour-vision deficiencies', () => {
    for (const [scheme, colours] of Object.entries(schemeColours())) {
      for (const [name, m] of Object.entries(SIMULATIONS)) {
        const sim = colours.map((c) => simulate(hex(c), m));
        for (let a = 0; a < sim.length; a++)
          for (let b = a + 1; b < sim.length; b++) {
            const d = deltaE(sim[a] ?? [0, 0, 0], sim[b] ?? [0, 0, 0]);
            if (d < 15)
              throw new Error(
                `${scheme} ${name}: ${colours[a]} vs ${colours[b]} ΔE ${d.toFixed(1)}`,
              );
          }
      }
    }
  });

  it('the canvas fallbacks are the light scheme colours', () => {
    expect(OPTIMIZERS.map((o) => RUN_FALLBACK_COLOR[o.id])).toEqual(schemeColours().light);
  });

  it('paper sets every run to its light colour, whatever the screen scheme', () => {
    expect(schemeColours().print).toEqual(schemeColours().light);
  });

  it('every run has its own shape and its own dash', () => {
    const styles = OPTIMIZERS.map((o) => RUN_STYLE[o.id]);
    expect(new Set(styles.map((s) => s.shape)).size).toBe(styles.length);
    expect(new Set(styles.map((s) => s.dash)).size).toBe(styles.length);
  });

  it('marker paths are closed and finite', () => {
    for (const o of OPTIMIZERS) {
      const d = markerPath(RUN_STYLE[o.id].shape, 10, 20, 5);
      expect(d.endsWith('Z')).toBe(true);
      expect(d).not.toMatch(/NaN|Infinity/);
    }
  });
});
