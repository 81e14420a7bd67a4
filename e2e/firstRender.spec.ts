import { test, expect } from './fixtures';

/**
 * Records, from the start of the document, what the plot box held when it first appeared and
 * whether the page shell (index.html's invisible layout boxes) was still there afterwards.
 */
function watchFirstPlot() {
  const seen = { plotFirst: '', shellGone: false };
  (window as unknown as { __firstPlot: typeof seen }).__firstPlot = seen;
  new MutationObserver(() => {
    const plot = document.querySelector('#root .app:not(.shell) .plot');
    if (plot && !seen.plotFirst)
      seen.plotFirst = plot.querySelector('.surface-stage, svg') ? 'sized' : 'empty';
    if (seen.plotFirst) seen.shellGone = !document.querySelector('.shell');
  }).observe(document, { childList: true, subtree: true });
}

const first = (page: import('@playwright/test').Page) =>
  page.evaluate(() => (window as unknown as { __firstPlot: object }).__firstPlot);

for (const [width, fn] of [
  [1400, 'rosenbrock'],
  [1280, 'double-well'],
  [390, 'ravine'],
] as const) {
  test(`at ${width} px the ${fn} plot's first render is already sized (the shell's width), and the shell goes`, async ({
    page,
  }) => {
    await page.setViewportSize({ width, height: 900 });
    await page.addInitScript(watchFirstPlot);
    await page.goto(`/?fn=${fn}`);
    await expect(page.getByRole('img', { name: /Loss (curve|surface)/ })).toBeVisible();
    // Without the shell's width the plot first rendered empty (width 0) and was drawn a render later.
    await expect.poll(() => first(page)).toEqual({ plotFirst: 'sized', shellGone: true });
    // The width it started from is the one it keeps: the plot fills its box.
    const [plotBox, areaRight] = await page.evaluate(() => {
      const plot = document.querySelector('.plot')!.getBoundingClientRect();
      const svg = document.querySelector('.plot svg')!.getBoundingClientRect();
      return [plot.width, svg.right - plot.left];
    });
    expect(areaRight).toBeLessThanOrEqual(plotBox + 0.5);
    expect(areaRight).toBeGreaterThan(plotBox * 0.5);
  });
}

test('an embedded plot (laid out unlike the shell) still renders at its own width', async ({
  page,
}) => {
  await page.addInitScript(watchFirstPlot);
  await page.goto('/?fn=rosenbrock&embed=1');
  const area = page.getByRole('img', { name: 'Loss surface' });
  await expect(area).toBeVisible();
  const [plotWidth, svgWidth] = await page.evaluate(() => [
    document.querySelector('.plot')!.getBoundingClientRect().width,
    document.querySelector('.plot svg')!.getBoundingClientRect().width,
  ]);
  expect(svgWidth).toBeLessThanOrEqual(plotWidth + 0.5);
  expect(await page.locator('.shell').count()).toBe(0);
});

test('after the first paint the runs reach their whole horizon: the timeline ends where they settle', async ({
  page,
}) => {
  // The start computes only 64 steps past the step on screen; the rest follows the first paint.
  // Without it the timeline would end at the 1000-step span, not just past SGD's step 414.
  await page.goto('/?fn=ravine&step=30');
  await expect(page.getByRole('slider', { name: 'Timeline' })).toHaveAttribute('max', '419');
});

type FirstStrikes = { warmed: string[] | null; strikes: string[] | null };

/**
 * From the start of the document: each distinct font strike (family, size, weight, style) of the
 * text index.html's shell lays out while the script loads (`warmed`), and of the visible text in
 * the first animation frame with the loss surface on screen (`strikes`).
 */
function watchFirstStrikes() {
  const seen: FirstStrikes = { warmed: null, strikes: null };
  (window as unknown as { __firstStrikes: FirstStrikes }).__firstStrikes = seen;
  const strikesOf = (root: Element) => {
    const strikes = new Set<string>();
    const walker = document.createTreeWalker(root, NodeFilter.SHOW_TEXT);
    for (let n = walker.nextNode(); n; n = walker.nextNode()) {
      const el = n.parentElement;
      if (!el || !n.textContent?.trim() || !el.getClientRects().length) continue;
      const cs = getComputedStyle(el);
      strikes.add(`${cs.fontFamily} ${cs.fontSize} ${cs.fontWeight} ${cs.fontStyle}`);
    }
    return [...strikes].sort();
  };
  const tick = () => {
    // The shell's first frame comes once the stylesheet is in (it blocks rendering).
    const warm = document.querySelector('.shell .font-warm');
    if (warm && !seen.warmed) seen.warmed = strikesOf(warm);
    if (!document.querySelector('#root .app:not(.shell) [aria-label="Loss surface"]'))
      return void requestAnimationFrame(tick);
    seen.strikes = strikesOf(document.body);
  };
  requestAnimationFrame(tick);
}

const firstStrikes = (page: import('@playwright/test').Page) =>
  page.evaluate(() => (window as unknown as { __firstStrikes: FirstStrikes }).__firstStrikes);

for (const width of [1400, 390]) {
  test(`at ${width} px the first plot's frame lays out text in at most 8 font strikes, each laid out by index.html's shell while the script loaded`, async ({
    page,
  }) => {
    // Each new family × size × weight × style costs a layout a synchronous font lookup through
    // the sandbox (~1 ms each on a 2-core machine: 12 strikes laid out in 15–21 ms, one in
    // 4–5 ms). The plot's small text shares 12 px, its subscripts 10 px; and the shell lays out
    // a word in each strike while the main thread is idle, waiting for the script, so the first
    // plot's layout (273 objects) took 5–7 ms cold, not 13–19 ms.
    await page.setViewportSize({ width, height: 900 });
    await page.addInitScript(watchFirstStrikes);
    await page.goto('/?fn=rosenbrock');
    await expect(page.getByRole('img', { name: 'Loss surface' })).toBeVisible();
    const { warmed, strikes } = await firstStrikes(page);
    const list = strikes ?? [];
    expect(list.length).toBeGreaterThan(3);
    expect(list.length, JSON.stringify(list)).toBeLessThanOrEqual(8);
    expect(
      list.filter((s) => !warmed?.includes(s)),
      JSON.stringify(warmed),
    ).toEqual([]);
  });
}

test('until the contours come, the quick raster is the grid itself, stretched over the area by the browser', async ({
  page,
}) => {
  // The contour worker held back: the plot shows its quick raster, one backing-store pixel per
  // grid sample (120 on the long side), CSS-sized to the data area. Resampling it on the main
  // thread to the area's 540 × 540 cost the first render 3–6 ms.
  await page.route(/contour\.worker/, async (route) => {
    await new Promise((r) => setTimeout(r, 3000));
    await route.continue();
  });
  await page.setViewportSize({ width: 1400, height: 900 });
  await page.goto('/?fn=rosenbrock');
  const raster = page.locator('canvas[data-surface="raster"]');
  await expect(raster).toHaveCount(1);
  const seen = await raster.evaluate((c: HTMLCanvasElement) => {
    const box = c.getBoundingClientRect();
    const px = c.getContext('2d')!.getImageData(c.width / 2, c.height / 2, 1, 1).data;
    return { w: c.width, h: c.height, cssW: box.width, cssH: box.height, alpha: px[3] };
  });
  expect(seen).toMatchObject({ w: 120, h: 120, alpha: 255 });
  const area = await page.getByRole('img', { name: 'Loss surface' }).boundingBox();
  expect(Math.abs(seen.cssW - (area?.width ?? 0))).toBeLessThan(1);
  expect(Math.abs(seen.cssH - (area?.height ?? 0))).toBeLessThan(1);
  // Then the contours, at the area's full size.
  await expect(page.locator('canvas[data-surface="contours"]')).toHaveCount(1, { timeout: 10000 });
  const full = await page
    .locator('canvas[data-surface="contours"]')
    .evaluate((c: HTMLCanvasElement) => c.width);
  expect(full).toBeGreaterThan(400);
});
