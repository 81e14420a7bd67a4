import { describe, expect, it } from 'vitest';
import { etaBoundary, rateMap, rateMapBeta, rateMapEta } from '../../core/rateMap';
import {
  cellGrid,
  legendDomain,
  legendPosition,
  legendTicks,
  mapEtaRange,
  moveCursor,
  optimalFor,
  parseRgb,
  markerBox,
  placeLimitLabel,
  type Obstacle,
  pointAt,
  readingText,
  readRate,
  rhoTickLabel,
  snapBeta,
  snapEta,
  MAP_BETA_RANGE,
} from './rateMapModel';

const RAVINE = [1, 50];

describe('rate map model', () => {
  it('lays η out three decades round the limit and β over [0, 0.999]', () => {
    expect(mapEtaRange(RAVINE)).toEqual([0.01 / 50, 10 / 50]);
    // A Hessian with no positive eigenvalue still gets an axis, by its largest |λ|.
    expect(mapEtaRange([-4, -2])).toEqual([0.01 / 4, 10 / 4]);
    expect(mapEtaRange([0])).toEqual([0.01, 10]);
    expect(MAP_BETA_RANGE).toEqual([0, 0.999]);
  });

  it('computes one cell per 2 px, so cells are drawn at the resolution they are computed', () => {
    expect(cellGrid(370, 176)).toEqual({ cols: 185, rows: 88 });
    expect(cellGrid(4, 4)).toEqual({ cols: 8, rows: 8 });
  });

  it('maps a point of the data area to the (η, β) under it, snapped', () => {
    const range = mapEtaRange(RAVINE);
    expect(pointAt(0, 1, range)).toEqual({ eta: 0.0002, beta: 0 });
    expect(pointAt(1, 0, range)).toEqual({ eta: 0.2, beta: 0.999 });
    // The middle of a log axis is the geometric mean; the middle of β is half of 0.999.
    expect(pointAt(0.5, 0.5, range)).toEqual({ eta: snapEta(Math.sqrt(0.0002 * 0.2)), beta: 0.5 });
    expect(snapEta(0.0123456)).toBe(0.0123);
    expect(snapBeta(1.2)).toBe(0.999);
    expect(snapBeta(-0.1)).toBe(0);
  });

  it('words a reading: steps with thousands separators, or that the error never shrinks', () => {
    const base = { eta: 0.0123, beta: 0.85, rho: 0.9999, stable: true, steps: 138149 };
    expect(readingText(base)).toBe(
      'η = 0.0123, β = 0.85: ρ = 0.9999 per step, about 138,149 steps to shrink the error 10⁶×',
    );
    expect(readingText({ ...base, steps: 152 })).toContain('about 152 steps');
    expect(readingText({ ...base, rho: 1.25, stable: false, steps: Infinity })).toBe(
      'η = 0.0123, β = 0.85: ρ = 1.25 ≥ 1, the error never shrinks (diverges)',
    );
  });

  it('reads ρ with the same predicate the cells use, and steps to shrink the error 10⁶×', () => {
    // Polyak's point on the ravine: ρ = (√50 − 1)/(√50 + 1).
    const opt = optimalFor(RAVINE)!;
    const r = readRate(RAVINE, opt.eta, opt.beta, 'heavy-ball');
    expect(r.stable).toBe(true);
    expect(r.rho).toBeCloseTo((Math.sqrt(50) - 1) / (Math.sqrt(50) + 1), 6);
    expect(r.steps).toBe(Math.ceil(Math.log(1e-6) / Math.log(r.rho)));
    const past = readRate(RAVINE, etaBoundary(0.5, 50, 'heavy-ball') * 1.01, 0.5, 'heavy-ball');
    expect(past.stable).toBe(false);
    expect(past.rho).toBeGreaterThanOrEqual(1);
    expect(past.steps).toBe(Infinity);
    // Every cell of a map agrees with readRate at its centre.
    const range = mapEtaRange(RAVINE);
    const rho = rateMap(RAVINE, range, MAP_BETA_RANGE, 20, 10, 'nesterov');
    for (let j = 0; j < 10; j++)
      for (let i = 0; i < 20; i++) {
        const at = readRate(
          RAVINE,
          rateMapEta(i, 20, range),
          rateMapBeta(j, 10, MAP_BETA_RANGE),
          'nesterov',
        );
        expect((rho[j * 20 + i] ?? NaN) < 1).toBe(at.stable);
      }
  });

  it('has no optimal point unless the Hessian is positive definite', () => {
    expect(optimalFor([-1, 3])).toBeNull();
    expect(optimalFor([0, 3])).toBeNull();
    expect(optimalFor([])).toBeNull();
    const one = optimalFor([2])!;
    expect(one.beta).toBe(0);
    expect(one.eta).toBeCloseTo(0.5, 12);
  });

  it('spans the legend over whole decades of 1 − ρ, and places ρ on it', () => {
    const domain = legendDomain(Float64Array.from([0.99, 0.5, 1.2, 0.9995]));
    expect(domain[0]).toBeCloseTo(1e-4, 12);
    expect(domain[1]).toBe(1);
    expect(legendDomain(Float64Array.from([1, 2]))).toEqual([1e-4, 1]);
    expect(legendPosition(1, domain)).toBeNull();
    expect(legendPosition(0.9999, domain)).toBeCloseTo(0, 6);
    expect(legendPosition(0.99, domain)).toBeCloseTo(0.5, 6);
    expect(legendPosition(0, domain)).toBe(1);
    expect(legendTicks(domain).map((t) => t.rho)).toEqual([
      '1 − 10⁻⁴',
      '0.999',
      '0.99',
      '0.9',
      '0',
    ]);
    // Narrow bars keep every other decade, the fastest always.
    expect(legendTicks([1e-8, 1], 200).map((t) => t.rho)).toEqual([
      '1 − 10⁻⁸',
      '1 − 10⁻⁶',
      '1 − 10⁻⁴',
      '0.99',
      '0',
    ]);
    expect(rhoTickLabel(-12)).toBe('1 − 10⁻¹²');
  });

  it('moves the keyboard cursor by a 50th of the η axis or 0.01 in β, inside the map', () => {
    const range = mapEtaRange(RAVINE);
    const c = { eta: 0.02, beta: 0.5 };
    expect(moveCursor(c, 'ArrowUp', false, range)).toEqual({ eta: 0.02, beta: 0.51 });
    expect(moveCursor(c, 'ArrowDown', true, range)).toEqual({ eta: 0.02, beta: 0.4 });
    const right = moveCursor(c, 'ArrowRight', false, range)!;
    expect(right.eta).toBe(snapEta(0.02 * 1000 ** (1 / 50)));
    expect(moveCursor({ eta: 0.2, beta: 0.999 }, 'ArrowRight', true, range)).toEqual({
      eta: 0.2,
      beta: 0.999,
    });
    expect(moveCursor(c, 'Enter', false, range)).toBeNull();
  });

  it('reads the colours d3 interpolators return', () => {
    expect(parseRgb('rgb(12, 34, 255)')).toEqual([12, 34, 255]);
    expect(parseRgb('#fff')).toEqual([0, 0, 0]);
  });

  it('puts a limit label high on its curve, outside it, lower when a marker is in the way', () => {
    // A vertical curve at x = 100 from y = 200 (β = 0) up to y = 0.
    const curve = Array.from({ length: 21 }, (_, k) => [100, 200 - 10 * k] as const);
    expect(placeLimitLabel(curve, 1, [], 40)).toEqual({ x: 103, y: 44 });
    expect(placeLimitLabel(curve, -1, [], 40)).toEqual({ x: 97, y: 44 });
    // A run marker just right of the curve near the top moves the right-hand label down.
    expect(placeLimitLabel(curve, 1, [markerBox(108, 40, 5)], 40)).toEqual({ x: 103, y: 100 });
    // The same marker is no obstacle to a label on the other side.
    expect(placeLimitLabel(curve, -1, [markerBox(108, 40, 5)], 40)).toEqual({ x: 97, y: 44 });
  });

  it('keeps a limit label clear of a word beside the curve, not only of marker centres', () => {
    // Rosenbrock's map at step 300: the star sits 10 px left of momentum's limit near the top and
    // its word "optimal" (38 px wide, under it) reaches past the curve into the label's column.
    const curve = Array.from({ length: 21 }, (_, k) => [100, 200 - 10 * k] as const);
    const star = markerBox(90, 30, 8);
    const word: Obstacle = [90 - 19, 30 + 19 - 9, 90 + 19, 30 + 19 + 2];
    // The star alone leaves the top spot free (its box ends 13 px short of the text)…
    expect(placeLimitLabel(curve, 1, [star], 40)).toEqual({ x: 103, y: 44 });
    // …its word does not: the label moves down past it.
    const placed = placeLimitLabel(curve, 1, [star, word], 40);
    expect(placed.y - 40).toBeGreaterThan(word[3] + 3);
  });
});
