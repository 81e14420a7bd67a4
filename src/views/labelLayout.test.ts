import { describe, expect, it } from 'vitest';
import fc from 'fast-check';
import { placeLabels, type Box } from './labelLayout';

const overlap = (a: Box, b: Box) =>
  a.x < b.x + b.w && b.x < a.x + a.w && a.y < b.y + b.h && b.y < a.y + a.h;

describe('placeLabels', () => {
  const bounds = { x: 0, y: 0, w: 400, h: 250 };

  it('keeps labels inside the plot even when the anchor is at its edge', () => {
    const [a] = placeLabels([{ width: 90, height: 13, ax: 398, ay: 2 }], bounds);
    expect(a!.x + a!.w).toBeLessThanOrEqual(400);
    expect(a!.y).toBeGreaterThanOrEqual(0);
  });

  it('keeps labels of runs at the same point apart, and off the obstacles', () => {
    fc.assert(
      fc.property(
        fc.integer({ min: 40, max: 360 }),
        fc.integer({ min: 40, max: 210 }),
        fc.integer({ min: 1, max: 4 }),
        (ax, ay, n) => {
          const obstacle = { x: ax - 8, y: ay - 8, w: 16, h: 16 };
          const boxes = placeLabels(
            Array.from({ length: n }, () => ({ width: 80, height: 13, ax, ay })),
            bounds,
            [obstacle],
          );
          for (let i = 0; i < boxes.length; i++) {
            expect(overlap(boxes[i]!, obstacle)).toBe(false);
            for (let j = i + 1; j < boxes.length; j++)
              expect(overlap(boxes[i]!, boxes[j]!)).toBe(false);
            expect(boxes[i]!.x).toBeGreaterThanOrEqual(0);
            expect(boxes[i]!.x + 80).toBeLessThanOrEqual(400);
          }
        },
      ),
    );
  });
});
