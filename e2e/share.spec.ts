import { test, expect, exportCsv, expectQuery } from './fixtures';

test('Copy link puts this exact view on the clipboard; opening it gives an identical CSV', async ({
  page,
  context,
}) => {
  await context.grantPermissions(['clipboard-read', 'clipboard-write']);
  await page.goto('/?fn=rosenbrock');
  // Change things the way a person would: a preset's defaults, then sliders, steps and speed.
  await page.getByRole('slider', { name: /β/ }).focus();
  await page.keyboard.press('ArrowLeft');
  await page.keyboard.press('ArrowLeft');
  await page.getByRole('textbox', { name: /η/ }).fill('0.0007');
  await page.getByRole('textbox', { name: /η/ }).press('Enter');
  for (let i = 0; i < 7; i++) await page.getByRole('button', { name: 'Step', exact: true }).click();
  await page.getByRole('combobox', { name: 'Speed' }).selectOption('30');
  await expectQuery(page, 'step', '7');
  const before = await exportCsv(page);

  await page.getByRole('button', { name: 'Copy link' }).click();
  await expect(page.getByRole('status').filter({ hasText: 'Link copied' })).toBeVisible();
  const link = await page.evaluate(() => navigator.clipboard.readText());
  expect(link).toContain('v=1');
  expect(link).toContain('fn=rosenbrock');
  expect(link).toContain('beta=0.898');
  expect(link).toContain('eta=0.0007');
  expect(link).toContain('step=7');
  expect(link).toContain('speed=30');

  const other = await context.newPage();
  await other.goto(link);
  await expect(other.getByText(/^Step \d+$/)).toHaveText('Step 7');
  await expect(other.getByRole('combobox', { name: 'Speed' })).toHaveValue('30');
  expect(await exportCsv(other)).toBe(before);
});

test('a link that omits keys still opens, and unknown keys are ignored', async ({ page }) => {
  await page.goto('/?fn=himmelblau&utm_source=notes&foo=bar');
  await expect(page.getByText(/^Step \d+$/)).toHaveText('Step 0');
  await expect(page.getByRole('img', { name: 'Loss surface' })).toBeVisible();
  await expect(page.getByRole('alert').filter({ hasText: 'Ignored' })).toHaveCount(0);
  await expectQuery(page, 'v', '1');
});

test('a link that omits keys reads in full in the address bar by the time its plot is on screen', async ({
  page,
}) => {
  await page.goto('/?fn=ravine');
  await expect(page.getByRole('img', { name: 'Loss surface' })).toBeVisible();
  // Read once, no polling: the canonical query is written at the start, not later.
  const query = new URL(page.url()).searchParams;
  for (const key of ['v', 'fn', 'w0', 'eta', 'beta', 'step'])
    expect(query.has(key), key).toBe(true);
});
