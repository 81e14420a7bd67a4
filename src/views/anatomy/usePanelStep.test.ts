import { describe, expect, it } from 'vitest';
import { MAX_SETTLE_MS, SETTLE_MS, settleDelay } from './usePanelStep';

describe('settleDelay', () => {
  it('waits SETTLE_MS after a change that follows a quiet spell or a fast beat', () => {
    expect(settleDelay(Infinity)).toBe(SETTLE_MS);
    expect(settleDelay(2000)).toBe(SETTLE_MS);
    expect(settleDelay(30)).toBe(SETTLE_MS);
    expect(settleDelay(100)).toBe(SETTLE_MS);
  });
  it('waits 1.5 beats while changes keep coming slowly, never past MAX_SETTLE_MS', () => {
    expect(settleDelay(160)).toBe(240);
    expect(settleDelay(300)).toBe(450);
    expect(settleDelay(400)).toBe(MAX_SETTLE_MS);
    // Each next change of such a beat arrives before the wait is over.
    for (const beat of [110, 150, 250, 330]) expect(settleDelay(beat)).toBeGreaterThan(beat);
  });
});
