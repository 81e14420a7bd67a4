import { expect, expectQuery, query, test } from './fixtures';

const viewOf = (page: import('@playwright/test').Page) =>
  (query(page).get('view') ?? '').split(',').map(Number);

test('a run that leaves the window gets an edge marker, and Fit view brings it back', async ({
  page,
}) => {
  await page.goto('/?fn=quadratic&w0=1000&step=20');
  await expect(page.getByTestId('edge-momentum')).toBeVisible();
  await page.getByRole('button', { name: 'Fit view' }).click();
  await expectQuery(page, 'view', /^-?[\d.e+-]+,-?[\d.e+-]+$/);
  const [lo = NaN, hi = NaN] = viewOf(page);
  expect(lo).toBeLessThan(-300);
  expect(hi).toBeGreaterThan(1000);
  await expect(page.getByTestId('edge-momentum')).toHaveCount(0);
  await page.getByRole('button', { name: 'Reset view' }).click();
  await expect.poll(() => query(page).has('view')).toBe(false);
});

test('the wheel zooms the surface about the pointer, writing view', async ({ page }) => {
  await page.goto('/?fn=ravine&step=3');
  const area = page.getByRole('img', { name: 'Loss surface' });
  await expect(area).toBeVisible();
  const b = (await area.boundingBox())!;
  await page.mouse.move(b.x + b.width / 2, b.y + b.height / 2);
  await page.mouse.wheel(0, -300);
  await expectQuery(page, 'view', /,.*,.*,/);
  const [x0 = NaN, x1 = NaN, y0 = NaN, y1 = NaN] = viewOf(page);
  expect(x1 - x0).toBeLessThan(20);
  // Equal aspect is kept: the ravine's window is twice as wide as tall.
  expect((x1 - x0) / (y1 - y0)).toBeCloseTo(2, 1);
  // The centre stays under the pointer.
  expect((x0 + x1) / 2).toBeCloseTo(0, 0);
});

test('a drag on the empty map pans it and leaves w₀ alone', async ({ page }) => {
  await page.goto('/?fn=ravine&w0=-9,3&step=3');
  const area = page.getByRole('img', { name: 'Loss surface' });
  await expect(area).toBeVisible();
  const b = (await area.boundingBox())!;
  await page.mouse.move(b.x + b.width * 0.7, b.y + b.height * 0.7);
  await page.mouse.down();
  await page.mouse.move(b.x + b.width * 0.5, b.y + b.height * 0.7, { steps: 6 });
  await page.mouse.up();
  await expectQuery(page, 'view', /,.*,.*,/);
  const [x0 = NaN] = viewOf(page);
  expect(x0).toBeGreaterThan(-10);
  expect(query(page).get('w0')).toBe('-9,3');
});

test('a drag on the empty curve pans it; a click still places w₀', async ({ page }) => {
  await page.goto('/?fn=double-well&step=0');
  const area = page.getByRole('img', { name: 'Loss curve' });
  const b = (await area.boundingBox())!;
  await page.mouse.move(b.x + b.width * 0.3, b.y + 20);
  await page.mouse.down();
  await page.mouse.move(b.x + b.width * 0.6, b.y + 20, { steps: 6 });
  await page.mouse.up();
  await expectQuery(page, 'view', /^-?[\d.]+,-?[\d.]+$/);
  expect(viewOf(page)[0]).toBeLessThan(-2.5);
  await page.mouse.click(b.x + b.width * 0.5, b.y + b.height * 0.5);
  await expect.poll(() => query(page).get('w0')).not.toBe('2');
});

test('a bad view in a link gets a notice and the default window', async ({ page }) => {
  await page.goto('/?fn=ravine&view=3,1,0,1');
  const notice = page.getByRole('alert').filter({ hasText: 'Ignored' });
  await expect(notice).toContainText('view');
  await expect(notice).toContainText('3,1,0,1');
  await expect(page.getByRole('img', { name: 'Loss surface' })).toBeVisible();
});
