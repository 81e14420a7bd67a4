import { expect, test, type Page } from '@playwright/test';

/** Whether the browser renders the equations panel's first formula now (false while skipped). */
const formulaRendered = (page: Page) =>
  page.evaluate(() => {
    const el = document.querySelector('.equations .katex');
    if (!el) throw new Error('no typeset formula in the equations panel');
    return el.checkVisibility({ contentVisibilityAuto: true });
  });

/** The page's height and each anatomy panel's, px. */
const heights = (page: Page) =>
  page.evaluate(() => [
    document.documentElement.scrollHeight,
    ...[...document.querySelectorAll<HTMLElement>('.anatomy-panel')].map((p) => p.offsetHeight),
  ]);

const sliding = (page: Page) => page.evaluate(() => document.documentElement.dataset.sliding);

// β off its preset default from the start, so the lesson's caveat (a line under the settings)
// is already there and the page's height does not change with the first tick.
const FOUR_RUNS = '/?fn=rosenbrock&step=1000&opt=sgd,momentum,nesterov,adam&beta=0.8';

test('while β is dragged the off-screen panels are skipped, keeping their sizes, and rendered again once it rests', async ({
  page,
}) => {
  await page.setViewportSize({ width: 1280, height: 800 });
  await page.goto(FOUR_RUNS);
  const equations = page.getByRole('region', { name: 'The update, with numbers' });
  await expect(equations.locator('.katex').first()).toBeAttached();
  await expect(equations.locator('.tex-fallback')).toHaveCount(0);
  expect(await formulaRendered(page)).toBe(true);
  // The panels grow as their formulas are typeset: wait until the page holds still.
  let atRest = await heights(page);
  await expect
    .poll(
      async () => {
        const previous = atRest;
        await page.waitForTimeout(400);
        atRest = await heights(page);
        return atRest.join() === previous.join();
      },
      { timeout: 10_000 },
    )
    .toBe(true);

  const slider = page.getByRole('slider', { name: /β/ });
  const box = (await slider.boundingBox())!;
  const y = box.y + box.height / 2;
  await page.mouse.move(box.x + box.width * 0.3, y);
  await page.mouse.down();
  for (let i = 1; i <= 10; i++) await page.mouse.move(box.x + box.width * (0.3 + i * 0.03), y);
  await expect.poll(() => formulaRendered(page)).toBe(false);
  expect(await sliding(page)).toBe('true');
  // Held still, past the panels' settle time: they follow the new β while skipped, and a skipped
  // panel that is laid out again keeps its last size rather than collapsing.
  await page.waitForTimeout(600);
  expect(await formulaRendered(page)).toBe(false);
  expect(await heights(page)).toEqual(atRest);
  await page.mouse.up();

  await expect.poll(() => formulaRendered(page), { timeout: 5000 }).toBe(true);
  expect(await sliding(page)).toBeUndefined();
});

test('a held arrow key on β skips the off-screen panels; single presses leave them rendered', async ({
  page,
}) => {
  await page.setViewportSize({ width: 1280, height: 800 });
  await page.goto(FOUR_RUNS);
  await expect(page.locator('.equations .katex').first()).toBeAttached();
  const slider = page.getByRole('slider', { name: /β/ });
  const marks: string[] = [];
  await page.exposeFunction('__markChanged', (v: string) => marks.push(v));
  await page.evaluate(() =>
    new MutationObserver(() =>
      (window as unknown as { __markChanged(v: string): void }).__markChanged(
        document.documentElement.dataset.sliding ?? 'none',
      ),
    ).observe(document.documentElement, { attributes: true, attributeFilter: ['data-sliding'] }),
  );

  // Separate key presses: one change each, nothing to skip for.
  await slider.focus();
  for (let i = 0; i < 3; i++) await page.keyboard.press('ArrowLeft');
  await page.waitForTimeout(300);
  expect(marks).toEqual([]);

  // Held down, the key repeats (Playwright marks each further keydown as a repeat).
  const before = Number(await slider.inputValue());
  for (let i = 0; i < 6; i++) await page.keyboard.down('ArrowLeft');
  await expect.poll(() => formulaRendered(page)).toBe(false);
  await page.keyboard.up('ArrowLeft');
  await expect.poll(() => formulaRendered(page), { timeout: 5000 }).toBe(true);
  expect(marks).toEqual(['true', 'none']);
  expect(Number(await slider.inputValue())).toBeLessThan(before);
});
