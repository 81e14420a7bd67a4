import { describe, expect, it } from 'vitest';
import { flowLayout, rowCount } from './layout';

describe('flowLayout', () => {
  it('wraps to a new row when a box would pass the width', () => {
    const placed = flowLayout([100, 100, 100, 100], 330, 10);
    expect(placed).toEqual([
      { x: 0, row: 0 },
      { x: 110, row: 0 },
      { x: 220, row: 0 },
      { x: 0, row: 1 },
    ]);
    expect(rowCount(placed)).toBe(2);
  });

  it('gives a box wider than the row a row of its own, and no boxes no rows', () => {
    expect(flowLayout([500, 50], 300, 10)).toEqual([
      { x: 0, row: 0 },
      { x: 0, row: 1 },
    ]);
    expect(rowCount(flowLayout([], 300, 10))).toBe(0);
  });
});
