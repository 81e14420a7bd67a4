import { describe, expect, it } from 'vitest';
import { ETA_MAX, ETA_MIN, ETA_STEPS, etaAt, positionOf } from './etaScale';

describe('eta log scale', () => {
  it('spans 1e-5 … 10 and maps positions and values back and forth', () => {
    expect(etaAt(0)).toBe(ETA_MIN);
    expect(etaAt(ETA_STEPS)).toBe(ETA_MAX);
    expect(etaAt(positionOf(0.035))).toBeCloseTo(0.035, 3);
    for (let p = 0; p <= ETA_STEPS; p += 37) expect(positionOf(etaAt(p))).toBe(p);
  });

  it('steps by equal ratios: each slider position multiplies eta by about 1.2%', () => {
    expect(etaAt(601) / etaAt(600)).toBeGreaterThan(1.005);
    expect(etaAt(601) / etaAt(600)).toBeLessThan(1.03);
  });
});
