import { interpolateViridis } from 'd3-scale-chromatic';
import { describe, expect, it } from 'vitest';
import { viridis } from './viridis';

describe('viridis', () => {
  it("gives d3's interpolateViridis colour at every t, ends and out-of-range included", () => {
    const ts = [-0.5, 0, 1e-9, 0.1, 0.25, 1 / 3, 0.5, 0.77, 0.999, 1, 2];
    for (let k = 0; k <= 256; k++) ts.push(k / 256);
    for (const t of ts) expect(viridis(t)).toBe(interpolateViridis(t));
  });
});
