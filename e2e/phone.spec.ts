import { test, expect, query } from './fixtures';

test.use({ viewport: { width: 390, height: 844 }, hasTouch: true, isMobile: true });

for (const fn of ['double-well', 'ravine', 'rosenbrock']) {
  test(`at 390 px wide ${fn} fits with no sideways scrolling`, async ({ page }) => {
    await page.goto(`/?fn=${fn}&step=10`);
    await expect(page.getByText(/^Step \d+$/)).toBeVisible();
    await page.waitForTimeout(300);
    const overflow = await page.evaluate(
      () => document.documentElement.scrollWidth - window.innerWidth,
    );
    expect(overflow).toBeLessThanOrEqual(0);
    const area = page.getByRole('img', { name: /Loss (curve|surface)/ });
    const box = (await area.boundingBox())!;
    expect(box.x).toBeGreaterThanOrEqual(0);
    expect(box.x + box.width).toBeLessThanOrEqual(390);
  });
}

test('a tap on the plot places w₀', async ({ page }) => {
  await page.goto('/?fn=double-well&step=5');
  const area = page.getByRole('img', { name: 'Loss curve' });
  const box = (await area.boundingBox())!;
  await area.tap({ position: { x: box.width * 0.75, y: box.height / 2 } });
  await expect(page.getByText(/^Step \d+$/)).toHaveText('Step 0');
  await expect.poll(() => Number(query(page).get('w0'))).toBeCloseTo(1.1, 0);
});

test('at 390 px every share and export button is whole on screen, none cut at the edge', async ({
  page,
}) => {
  await page.goto('/?fn=ravine&step=10');
  for (const name of [
    'Copy link',
    'Copy embed code',
    'Export CSV',
    'Save PNG',
    'Save SVG',
    'Record video',
    'Record GIF',
    'Copy LaTeX',
  ]) {
    const box = (await page.getByRole('button', { name, exact: true }).boundingBox())!;
    expect(box.x, name).toBeGreaterThanOrEqual(0);
    expect(box.x + box.width, name).toBeLessThanOrEqual(390);
  }
});
