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
