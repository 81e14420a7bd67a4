import { describe, expect, it } from 'vitest';
import { FORMULA_MS, IDLE_BUDGET_MS, mayTypesetMore, OVERDUE_BUDGET_MS } from './texBudget';

describe('mayTypesetMore', () => {
  it('stops an idle callback once its budget is spent, however long the idle period', () => {
    // A 50 ms idle period with 45 ms left: the old rule (idle left ≥ FORMULA_MS) went on.
    expect(mayTypesetMore(0, 45, false)).toBe(true);
    expect(mayTypesetMore(IDLE_BUDGET_MS, 45, false)).toBe(true);
    expect(mayTypesetMore(IDLE_BUDGET_MS + 1, 45, false)).toBe(false);
    expect(mayTypesetMore(30, 20, false)).toBe(false);
  });

  it('starts no formula with less idle time left than one formula costs', () => {
    expect(mayTypesetMore(0, FORMULA_MS, false)).toBe(true);
    expect(mayTypesetMore(0, FORMULA_MS - 0.5, false)).toBe(false);
  });

  it('typesets overdue formulas in a plain task (no idle time), within their own budget', () => {
    expect(mayTypesetMore(0, 0, true)).toBe(true);
    expect(mayTypesetMore(OVERDUE_BUDGET_MS, 0, true)).toBe(true);
    expect(mayTypesetMore(OVERDUE_BUDGET_MS + 1, 0, true)).toBe(false);
  });
});
