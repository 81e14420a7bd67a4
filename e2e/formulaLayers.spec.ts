import { expect, test, type Page } from '@playwright/test';

// The test adds a style element to the page, which the app's CSP (style-src 'self') forbids.
test.use({ bypassCSP: true });

/** KaTeX's own rule for the boxes styles.css makes static (its stylesheet says `relative`). */
const KATEX_OWN = `.app .katex .vlist, .app .katex .vlist > span, .app .katex .katex-base,
  .app .katex .katex-html { position: relative !important; }`;

/** Positioned boxes (each a paint layer, visited by every hit test) in the equations panel. */
const positioned = (page: Page) =>
  page.evaluate(
    () =>
      [...document.querySelectorAll('.equations *')].filter(
        (el) => getComputedStyle(el).position !== 'static',
      ).length,
  );

test('typeset formulas hold ~half the paint layers KaTeX gives them, and look exactly the same', async ({
  page,
}) => {
  await page.setViewportSize({ width: 1280, height: 900 });
  // Fractions, roots, hats, tildes, big parentheses and column vectors: every construct used.
  await page.goto('/?fn=ravine&step=7&opt=sgd,momentum,nesterov,adam');
  const equations = page.getByRole('region', { name: 'The update, with numbers' });
  await expect(equations.locator('.katex').first()).toBeAttached();
  await expect(equations.locator('.tex-fallback')).toHaveCount(0);
  await page.getByRole('radio', { name: 'EMA' }).check({ force: true });
  await expect(equations.getByText(/EMA form averages/).first()).toBeVisible();
  await equations.scrollIntoViewIfNeeded();
  // Typesetting and fonts settle: wait until two pictures in a row agree.
  let ours = await equations.screenshot();
  await expect
    .poll(
      async () => {
        const previous = ours;
        await page.waitForTimeout(300);
        ours = await equations.screenshot();
        return ours.equals(previous);
      },
      { timeout: 10_000 },
    )
    .toBe(true);
  const fewer = await positioned(page);

  await page.addStyleTag({ content: KATEX_OWN });
  const theirs = await equations.screenshot();
  const many = await positioned(page);

  expect(many).toBeGreaterThan(800);
  expect(fewer).toBeLessThan(many * 0.6);
  expect(theirs.equals(ours)).toBe(true);
});
