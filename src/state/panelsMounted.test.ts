import { afterEach, beforeEach, describe, expect, it, vi } from 'vitest';
import { markPanelsMounted, resetPanelsMounted, whenPanelsMounted } from './panelsMounted';

describe('whenPanelsMounted', () => {
  beforeEach(() => {
    vi.useFakeTimers();
    resetPanelsMounted();
  });
  afterEach(() => vi.useRealTimers());

  it('waits for the panels, then runs the job once', () => {
    const job = vi.fn();
    whenPanelsMounted(job, 3000);
    vi.advanceTimersByTime(2999);
    expect(job).not.toHaveBeenCalled();
    markPanelsMounted();
    expect(job).toHaveBeenCalledTimes(1);
    vi.advanceTimersByTime(5000);
    markPanelsMounted();
    expect(job).toHaveBeenCalledTimes(1);
  });

  it('runs the job after maxMs when the panels never mount, and not again when they do', () => {
    const job = vi.fn();
    whenPanelsMounted(job, 3000);
    vi.advanceTimersByTime(3000);
    expect(job).toHaveBeenCalledTimes(1);
    markPanelsMounted();
    expect(job).toHaveBeenCalledTimes(1);
  });

  it('runs at once once the panels have mounted; a cancelled job never runs', () => {
    const cancelled = vi.fn();
    const cancel = whenPanelsMounted(cancelled, 3000);
    cancel();
    markPanelsMounted();
    vi.advanceTimersByTime(5000);
    expect(cancelled).not.toHaveBeenCalled();
    const job = vi.fn();
    whenPanelsMounted(job, 3000);
    expect(job).toHaveBeenCalledTimes(1);
  });
});
