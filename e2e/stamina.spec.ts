import { test, expect } from './fixtures';

// One after the other, so the two measurements do not share the CPU.
test.describe.configure({ mode: 'serial' });

/** JS heap in use, in MB, from the Chrome DevTools Protocol (Performance.getMetrics). */
async function heapMb(cdp: import('@playwright/test').CDPSession): Promise<number> {
  await cdp.send('HeapProfiler.collectGarbage');
  const { metrics } = await cdp.send('Performance.getMetrics');
  const used = metrics.find((m) => m.name === 'JSHeapUsedSize')?.value ?? NaN;
  return used / 1024 / 1024;
}

for (const fn of ['double-well', 'ravine']) {
  test(`autoplay to step 100000 on ${fn} keeps memory bounded and the page responsive`, async ({
    page,
  }) => {
    test.setTimeout(120_000);
    // A tiny η keeps both runs going for all 100000 steps (nothing converges early).
    const w0 = fn === 'ravine' ? '-9,3' : '2';
    await page.goto(`/?fn=${fn}&w0=${w0}&eta=0.00001&beta=0.9&speed=10000`);
    const cdp = await page.context().newCDPSession(page);
    await cdp.send('Performance.enable');
    await expect(page.getByText(/^Step \d+$/)).toHaveText('Step 0');
    const before = await heapMb(cdp);

    // Frame intervals while playing, from requestAnimationFrame, reported as metrics.
    await page.evaluate(() => {
      const w = window as unknown as { __frames: number[] };
      w.__frames = [];
      let last = performance.now();
      const tick = (now: number) => {
        w.__frames.push(now - last);
        last = now;
        if (w.__frames.length < 100000) requestAnimationFrame(tick);
      };
      requestAnimationFrame(tick);
    });
    const started = Date.now();
    await page.getByRole('button', { name: 'Play' }).click();
    // Responsive while playing: a click on Pause and Play again is handled promptly. Timed from
    // here, so the figure includes Playwright's round trips (actionability checks, polling).
    await page.waitForTimeout(1500);
    const t0 = Date.now();
    await page.getByRole('button', { name: 'Pause' }).click();
    await expect(page.getByRole('button', { name: 'Play' })).toBeVisible();
    const pauseLatency = Date.now() - t0;
    await page.getByRole('button', { name: 'Play' }).click();
    await expect(page.getByText(/^Step \d+$/)).toHaveText('Step 100000', { timeout: 60_000 });
    await expect(page.getByRole('button', { name: 'Play' })).toBeVisible();
    const seconds = (Date.now() - started) / 1000;
    const after = await heapMb(cdp);
    const frames = await page.evaluate(() =>
      (window as unknown as { __frames: number[] }).__frames.slice(5),
    );
    frames.sort((a, b) => a - b);
    const median = frames[Math.floor(frames.length / 2)] ?? NaN;
    const p95 = frames[Math.floor(frames.length * 0.95)] ?? NaN;
    const report =
      `${fn}: heap ${before.toFixed(1)} MB at step 0 → ${after.toFixed(1)} MB at step 100000; ` +
      `${seconds.toFixed(1)} s to play; frame interval median ${median.toFixed(1)} ms, p95 ${p95.toFixed(1)} ms; Pause click → Play shown, as Playwright sees it ${pauseLatency} ms (the page's own figure: npm run bench)`;
    console.log(report);
    test.info().annotations.push({ type: 'metrics', description: report });
    // Two runs × 100001 rows × (w, m, grad: dim each, loss) float64 is at most ~11 MB in 2D.
    expect(after - before).toBeLessThan(40);
    expect(pauseLatency).toBeLessThan(1500);
  });
}
