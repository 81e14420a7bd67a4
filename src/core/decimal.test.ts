import { describe, expect, it } from 'vitest';
import fc from 'fast-check';
import { formatDecimal, parseDecimal, parsePoint } from './decimal';

describe('parseDecimal', () => {
  it('reads plain decimal literals and rejects everything else', () => {
    for (const ok of ['0', '-1', '+2.5', '.5', '5.', '1e-3', '-9E+2'])
      expect(parseDecimal(ok)).toBe(Number(ok));
    for (const bad of ['', ' 1', '1 ', '0x10', 'Infinity', 'NaN', '1e400', '1,5', '--1', '.', 'e5'])
      expect(parseDecimal(bad)).toBeUndefined();
  });

  it('reads back every finite double as formatDecimal writes it', () => {
    fc.assert(
      fc.property(fc.double({ noNaN: true, noDefaultInfinity: true }), (x) => {
        expect(parseDecimal(formatDecimal(x))).toBe(Object.is(x, -0) ? 0 : x);
      }),
    );
  });
});

describe('parsePoint', () => {
  it('takes exactly dim numbers within ±1e6', () => {
    expect(parsePoint('-9,3', 2)).toEqual([-9, 3]);
    expect(parsePoint('2', 1)).toEqual([2]);
    expect(parsePoint('1,2', 1)).toEqual({ error: 'needs 1 number' });
    expect(parsePoint('1', 2)).toEqual({ error: 'needs 2 numbers' });
    expect(parsePoint('1,2e7', 2)).toHaveProperty('error');
    expect(parsePoint('1, 2', 2)).toHaveProperty('error');
  });
});
