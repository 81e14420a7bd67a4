import AxeBuilder from '@axe-core/playwright';
import { test, expect, expectQuery } from './fixtures';

for (const url of ['/?fn=double-well&step=12', '/?fn=ravine&step=20&terms=1']) {
  test(`no serious or critical axe-core findings on ${url}`, async ({ page }) => {
    await page.goto(url);
    await expect(page.getByText(/^Step \d+$/)).toBeVisible();
    await page.waitForTimeout(500);
    const results = await new AxeBuilder({ page }).analyze();
    const bad = results.violations.filter((v) => v.impact === 'serious' || v.impact === 'critical');
    expect(
      bad.map((v) => `${v.id}: ${v.help} (${v.nodes.map((n) => n.target.join(' ')).join(', ')})`),
    ).toEqual([]);
  });
}

test('keyboard alone can play, pause, step and change β, with a visible focus ring', async ({
  page,
}) => {
  await page.goto('/?fn=quadratic');
  const label = page.getByText(/^Step \d+$/);
  // Tab until the Step button has focus, as a keyboard user would.
  const step = page.getByRole('button', { name: 'Step', exact: true });
  for (let i = 0; i < 40 && !(await step.evaluate((el) => el === document.activeElement)); i++)
    await page.keyboard.press('Tab');
  await expect(step).toBeFocused();
  const outline = await step.evaluate((el) => getComputedStyle(el).outlineStyle);
  expect(outline).not.toBe('none');
  await page.keyboard.press('Enter');
  await expect(label).toHaveText('Step 1');

  const play = page.getByRole('button', { name: 'Play' });
  for (let i = 0; i < 10 && !(await play.evaluate((el) => el === document.activeElement)); i++)
    await page.keyboard.press('Tab');
  await expect(play).toBeFocused();
  await page.keyboard.press('Enter');
  await expect(page.getByRole('button', { name: 'Pause' })).toBeFocused();
  await page.waitForTimeout(400);
  await page.keyboard.press('Enter');
  await expect(page.getByRole('button', { name: 'Play' })).toBeVisible();

  const beta = page.getByRole('slider', { name: /β/ });
  for (let i = 0; i < 40 && !(await beta.evaluate((el) => el === document.activeElement)); i++)
    await page.keyboard.press('Tab');
  await expect(beta).toBeFocused();
  await page.keyboard.press('ArrowRight');
  await expectQuery(page, 'beta', '0.901');
});

test('step changes are announced politely, once settled, not every frame', async ({ page }) => {
  await page.goto('/?fn=quadratic');
  const live = page.getByTestId('announcer');
  await expect(live).toHaveAttribute('aria-live', 'polite');
  await page.getByRole('button', { name: 'Step', exact: true }).click();
  await expect(live).toHaveText(/^Step 1\. SGD loss [\d.]+; Momentum loss [\d.]+\.$/);
  await page.getByRole('button', { name: 'Play' }).click();
  await expect(live).toHaveText('Playing');
  await page.waitForTimeout(800);
  await expect(live).toHaveText('Playing');
  await page.getByRole('button', { name: 'Pause' }).click();
  await expect(live).toHaveText(/^Step \d+\. /);
});

test('the plots have text alternatives', async ({ page }) => {
  await page.goto('/?fn=double-well');
  await expect(page.getByRole('img', { name: 'Loss curve' })).toHaveAttribute(
    'aria-description',
    /w⁴/,
  );
  await page.goto('/?fn=ravine');
  await expect(page.getByRole('img', { name: 'Loss surface' })).toBeVisible();
});

test('reduced motion and dark mode are honoured', async ({ browser }) => {
  const context = await browser.newContext({ reducedMotion: 'reduce', colorScheme: 'dark' });
  const page = await context.newPage();
  await page.goto('http://127.0.0.1:' + (process.env.E2E_PORT ?? '4173') + '/?fn=ravine');
  const bg = await page.evaluate(() => getComputedStyle(document.body).backgroundColor);
  expect(bg).toBe('rgb(21, 24, 29)');
  const transitions = await page.evaluate(
    () =>
      [...document.querySelectorAll('*')].filter((el) => {
        const d = getComputedStyle(el).transitionDuration;
        return d.split(',').some((x) => parseFloat(x) > 0.01);
      }).length,
  );
  expect(transitions).toBe(0);
  await context.close();
});
