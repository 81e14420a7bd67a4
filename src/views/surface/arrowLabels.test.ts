import { describe, expect, it } from 'vitest';
import fc from 'fast-check';
import { placeArrowLabels, type ArrowLabelRequest } from './arrowLabels';

const overlap = (
  a: { x: number; y: number; w: number; h: number },
  b: { x: number; y: number; w: number; h: number },
) => a.x < b.x + b.w && b.x < a.x + a.w && a.y < b.y + b.h && b.y < a.y + a.h;

describe('placeArrowLabels', () => {
  it('puts a lone label just beyond the head on its side, as before', () => {
    // An arrow pointing right: its left side (−1) is up on screen.
    const [p] = placeArrowLabels([{ x1: 0, y1: 100, x2: 50, y2: 100, side: -1, width: 30 }]);
    expect(p).toMatchObject({ x: 60, y: 92, anchor: 'start' });
  });

  it('two arrows ending together (−β·m, then a short −η∇L from its tip): the labels do not overlap', () => {
    const carry: ArrowLabelRequest = { x1: 100, y1: 200, x2: 120, y2: 150, side: -1, width: 32 };
    const grad: ArrowLabelRequest = { x1: 120, y1: 150, x2: 121, y2: 149, side: -1, width: 32 };
    const [a, b] = placeArrowLabels([carry, grad]);
    expect(overlap(a!.box, b!.box)).toBe(false);
  });

  it('two arrows of no length at one point (a step of zero): their labels do not overlap', () => {
    // fast-check's shrunk counterexample (seed -548136516): every place of a directionless
    // arrow coincided, so the second label had nowhere to go.
    const still: ArrowLabelRequest = { x1: 200, y1: 200, x2: 200, y2: 200, side: -1, width: 20 };
    const [a, b] = placeArrowLabels([still, still]);
    expect(overlap(a!.box, b!.box)).toBe(false);
  });

  it('a label that would be cut at the plot’s edge moves inside it', () => {
    // Pointing up to the top edge: beyond the head is outside the plot.
    const bounds = { x: 0, y: 0, w: 400, h: 300 };
    const [p] = placeArrowLabels(
      [{ x1: 100, y1: 80, x2: 100, y2: 4, side: -1, width: 30 }],
      bounds,
    );
    expect(p!.box.y).toBeGreaterThanOrEqual(0);
    expect(p!.box.x + p!.box.w).toBeLessThanOrEqual(400);
  });

  it('a label keeps clear of a marker where it can, and never at the cost of overlapping a label', () => {
    const arrow: ArrowLabelRequest = { x1: 0, y1: 100, x2: 50, y2: 100, side: -1, width: 30 };
    const [first] = placeArrowLabels([arrow]);
    const marker = { ...first!.box };
    const [moved] = placeArrowLabels([arrow], undefined, [marker]);
    expect(overlap(moved!.box, marker)).toBe(false);
  });

  it('labels of up to four arrows from one point never overlap', () => {
    const arrow = fc.record({
      dx: fc.integer({ min: -60, max: 60 }),
      dy: fc.integer({ min: -60, max: 60 }),
      side: fc.constantFrom(-1, 1),
      width: fc.integer({ min: 20, max: 40 }),
    });
    fc.assert(
      fc.property(fc.array(arrow, { minLength: 2, maxLength: 4 }), (list) => {
        const placed = placeArrowLabels(
          list.map((a) => ({
            x1: 200,
            y1: 200,
            x2: 200 + a.dx,
            y2: 200 + a.dy,
            side: a.side,
            width: a.width,
          })),
        );
        for (let i = 0; i < placed.length; i++)
          for (let j = i + 1; j < placed.length; j++)
            if (overlap(placed[i]!.box, placed[j]!.box)) return false;
        return true;
      }),
      { numRuns: 500 },
    );
  });
});
