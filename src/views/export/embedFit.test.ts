import { describe, expect, it } from 'vitest';
import { fitPlotWidth, SURFACE_MARGIN_X, SURFACE_MARGIN_Y } from './embedFit';

describe('fitPlotWidth', () => {
  it('narrows a wide 2D surface until its height fits the room', () => {
    // Ravine: x-span 20, y-span 10. 300 px of room leave a 202 px tall data area, 404 wide.
    const w = fitPlotWidth({ dim: 2, room: 300, width: 700, spanX: 20, spanY: 10 });
    expect(w).toBe(404 + SURFACE_MARGIN_X);
    const areaHeight = ((w - SURFACE_MARGIN_X) * 10) / 20;
    expect(areaHeight + SURFACE_MARGIN_Y).toBeLessThanOrEqual(300);
  });

  it('keeps the full width when the plot already fits', () => {
    expect(fitPlotWidth({ dim: 2, room: 2000, width: 700, spanX: 20, spanY: 10 })).toBe(700);
    expect(fitPlotWidth({ dim: 1, room: 600, width: 700, spanX: 6, spanY: 1 })).toBe(700);
  });

  it('narrows the 1D curve to 1/0.58 of its room', () => {
    const w = fitPlotWidth({ dim: 1, room: 348, width: 700, spanX: 6, spanY: 1 });
    expect(w).toBe(600);
    expect(Math.round(w * 0.58)).toBeLessThanOrEqual(348);
  });

  it('never goes below a drawable width', () => {
    expect(fitPlotWidth({ dim: 2, room: 50, width: 700, spanX: 20, spanY: 10 })).toBe(160);
    expect(fitPlotWidth({ dim: 2, room: 50, width: 100, spanX: 20, spanY: 10 })).toBe(100);
    expect(fitPlotWidth({ dim: 1, room: 300, width: 0, spanX: 1, spanY: 1 })).toBe(0);
  });
});
