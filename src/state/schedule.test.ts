import { describe, expect, it } from 'vitest';
import { sliceBudget } from './schedule';

describe('sliceBudget', () => {
  const left = (ms: number) => ({ timeRemaining: () => ms });

  it('takes at most the slice, and less when the idle period ends sooner (1 ms kept)', () => {
    expect(sliceBudget(left(12), 4)).toBe(4);
    expect(sliceBudget(left(3), 4)).toBe(2);
  });

  it('takes the whole slice when it runs because its timeout passed (no idle time left)', () => {
    expect(sliceBudget(left(0), 4)).toBe(4);
  });
});
