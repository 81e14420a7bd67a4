import { expect, test } from '@playwright/test';

const QUAD = '/?fn=quadratic&w0=2.5&eta=0.1&beta=0.9';
const stepText = (page: import('@playwright/test').Page) => page.getByText(/^Step \d+$/);

test('after clicking Step, Space plays and pauses instead of stepping again', async ({ page }) => {
  await page.goto(`${QUAD}&step=2`);
  await page.getByRole('button', { name: 'Step', exact: true }).click();
  await expect(stepText(page)).toHaveText('Step 3');
  await page.keyboard.press(' ');
  await expect(page.getByRole('button', { name: 'Pause' })).toBeVisible();
  await page.keyboard.press(' ');
  await expect(page.getByRole('button', { name: 'Play' })).toBeVisible();
});

test('after using the Timeline or the β slider, Space still toggles play', async ({ page }) => {
  await page.goto(`${QUAD}&step=0`);
  const timeline = page.getByRole('slider', { name: 'Timeline' });
  await timeline.focus();
  await page.keyboard.press('ArrowRight');
  await expect(stepText(page)).toHaveText('Step 1');
  await page.keyboard.press(' ');
  await expect(page.getByRole('button', { name: 'Pause' })).toBeVisible();
  await page.keyboard.press(' ');
  await expect(page.getByRole('button', { name: 'Play' })).toBeVisible();

  await page.getByRole('slider', { name: /β/ }).focus();
  await page.keyboard.press(' ');
  await expect(page.getByRole('button', { name: 'Pause' })).toBeVisible();
  await page.keyboard.press(' ');
  await expect(page.getByRole('button', { name: 'Play' })).toBeVisible();
});

test('Space types into a text field and never plays there', async ({ page }) => {
  await page.goto(`${QUAD}&step=2`);
  const box = page.getByRole('textbox', { name: /β value/ });
  await box.focus();
  await page.keyboard.press(' ');
  await expect(page.getByRole('button', { name: 'Play' })).toBeVisible();
  await expect(stepText(page)).toHaveText('Step 2');
});

test('the shortcuts are written on the page', async ({ page }) => {
  await page.goto(QUAD);
  const hint = page.getByLabel('Keyboard shortcuts');
  await expect(hint).toBeVisible();
  await expect(hint).toContainText('Space');
  await expect(hint).toContainText('play/pause');
});
