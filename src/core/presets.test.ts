import { describe, expect, it } from 'vitest';
import fc from 'fast-check';
import { PRESETS, prettyFormula } from './presets';

describe('preset gradients match central finite differences', () => {
  for (const p of PRESETS) {
    it(p.id, () => {
      fc.assert(
        fc.property(
          fc.array(fc.double({ min: -4, max: 4, noNaN: true }), {
            minLength: p.dim,
            maxLength: p.dim,
          }),
          (w) => {
            const g = p.grad(w, new Array<number>(p.dim).fill(0));
            for (let i = 0; i < p.dim; i++) {
              const h = 1e-6 * Math.max(1, Math.abs(w[i] ?? 0));
              const up = [...w];
              const down = [...w];
              up[i] = (w[i] ?? 0) + h;
              down[i] = (w[i] ?? 0) - h;
              const fd = (p.loss(up) - p.loss(down)) / (2 * h);
              const scale = Math.max(1, Math.abs(fd), Math.abs(p.loss(w)));
              expect(Math.abs((g[i] ?? NaN) - fd)).toBeLessThan(1e-5 * scale);
            }
          },
        ),
        { numRuns: 200 },
      );
    });
  }

  it('every listed minimum has a near-zero gradient', () => {
    for (const p of PRESETS) {
      for (const m of p.minima) {
        const g = p.grad(m, new Array<number>(p.dim).fill(0));
        for (const gi of g) expect(Math.abs(gi)).toBeLessThan(1e-4);
      }
    }
  });

  it('every default start lies inside its default view', () => {
    for (const p of PRESETS) {
      p.view.forEach(([lo, hi], i) => {
        const w = p.w0[i] ?? NaN;
        expect(w).toBeGreaterThanOrEqual(lo);
        expect(w).toBeLessThanOrEqual(hi);
      });
    }
  });
});

describe('prettyFormula', () => {
  it('writes powers as superscripts, * as · and - as −', () => {
    expect(prettyFormula('x^2 + 10*y^2 - 3')).toBe('x² + 10·y² − 3');
    expect(prettyFormula('x^2.5')).toBe('x^2.5');
    expect(prettyFormula('<b>')).toBe('<b>');
  });
});
