/**
 * How much typesetting one task may do (Tex's queue). Typesetting runs in idle time between
 * frames; a formula past its deadline is typeset anyway, in a plain task.
 */

/** What one formula may cost, ms: a formula starts only with at least this much idle time left. */
export const FORMULA_MS = 4;

/**
 * Longest stretch of typesetting per idle callback, ms. An idle period lasts up to 50 ms, and
 * typesetting until it ended made 46–55 ms tasks on every heavy link's load (one callback took
 * every formula): input arriving then waited for them.
 */
export const IDLE_BUDGET_MS = 12;

/** Longest stretch of overdue typesetting per task, ms. */
export const OVERDUE_BUDGET_MS = 8;

/**
 * Whether a task that has typeset for `spentMs` may start another formula: `idleLeftMs` is the
 * idle period's time remaining (0 in a plain task), `overdue` whether that formula is past its
 * deadline.
 */
export function mayTypesetMore(spentMs: number, idleLeftMs: number, overdue: boolean): boolean {
  if (overdue) return spentMs <= OVERDUE_BUDGET_MS;
  return idleLeftMs >= FORMULA_MS && spentMs <= IDLE_BUDGET_MS;
}
