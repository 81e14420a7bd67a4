import { describe, expect, it } from 'vitest';
import { parseTyped, parseTypedPoint } from './NumberBox';

describe('typed numbers', () => {
  it('accepts blanks around numbers and the typographic minus', () => {
    expect(parseTyped(' −0.5 ', () => null)).toBe(-0.5);
    expect(parseTypedPoint(' −4 ,  2 ', 2)).toEqual([-4, 2]);
  });

  it('says what is wrong and returns no value for bad text', () => {
    expect(parseTyped('abc', () => null)).toEqual({ error: '“abc” is not a number' });
    expect(parseTyped('2', (n) => (n < 1 ? null : 'too big'))).toEqual({ error: 'too big' });
    expect(parseTypedPoint('1', 2)).toEqual({ error: 'w₀ needs 2 numbers, like “-9, 3”' });
    expect(parseTypedPoint('1,x', 2)).toHaveProperty('error');
  });
});
