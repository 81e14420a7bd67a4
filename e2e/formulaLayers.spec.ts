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
  /**
   * The panel's picture once three taken 400 ms apart agree: typesetting and fonts have settled.
   * A formula is typeset at the latest a second after it is asked for (Tex's DEADLINE_MS), so
   * 800 ms of the same picture is not a lull between two idle slices on a busy machine (two
   * pictures 300 ms apart once were, in a CI run beside other work).
   */
  const settled = async () => {
    let shot = await equations.screenshot();
    let same = 0;
    await expect
      .poll(
        async () => {
          const previous = shot;
          await page.waitForTimeout(400);
          shot = await equations.screenshot();
          same = shot.equals(previous) ? same + 1 : 0;
          return same >= 2;
        },
        { timeout: 20_000 },
      )
      .toBe(true);
    return shot;
  };
  await settled();
  const fewer = await positioned(page);

  const theirs = await page.addStyleTag({ content: KATEX_OWN });
  const many = await positioned(page);
  const withTheirs = await settled();
  // Back to ours, and compared with the picture just before: a change elsewhere meanwhile (an
  // idle task finishing) cannot pass for a difference the rule makes.
  await theirs.evaluate((el) => (el as Element).remove());
  expect(await positioned(page)).toBe(fewer);
  const withOurs = await settled();

  expect(many).toBeGreaterThan(800);
  expect(fewer).toBeLessThan(many * 0.6);
  expect(withTheirs.equals(withOurs)).toBe(true);
});
