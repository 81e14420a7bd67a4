import { exportCsv, expect, expectQuery, parseCsv, query, test } from './fixtures';

const box = (page: import('@playwright/test').Page) =>
  page.getByRole('textbox', { name: 'Custom loss' });

test('choosing Custom shows the box; a typed loss runs, with an exact gradient in the CSV', async ({
  page,
}) => {
  await page.goto('/?fn=ravine');
  await page.getByRole('combobox', { name: 'Loss' }).selectOption('custom');
  await expect(box(page)).toBeVisible();
  await box(page).fill('x^2 + 10*y^2 + sin(x)*y');
  await box(page).press('Enter');
  await expectQuery(page, 'fn', 'custom');
  await expectQuery(page, 'f', 'x^2 + 10*y^2 + sin(x)*y');
  await page.getByRole('button', { name: 'Step', exact: true }).click();
  await page.getByRole('button', { name: 'Step', exact: true }).click();
  const csv = parseCsv(await exportCsv(page));
  for (const r of csv.rows) {
    const x = Number(r.x);
    const y = Number(r.y);
    const gx = 2 * x + Math.cos(x) * y;
    const gy = 20 * y + Math.sin(x);
    const L = x * x + 10 * y * y + Math.sin(x) * y;
    for (const [got, want] of [
      [Number(r.gx), gx],
      [Number(r.gy), gy],
      [Number(r.loss), L],
    ] as const)
      expect(Math.abs(got - want)).toBeLessThanOrEqual(1e-9 * Math.max(Math.abs(want), 1e-3));
  }
  await expect(page.getByRole('img', { name: 'Loss surface' })).toBeVisible();
});

test('a custom link opens in 1D with w, and the CSV follows the rule', async ({ page }) => {
  await page.goto('/?fn=custom&f=w%5E4%20-%202*w%5E2&w0=1.7&eta=0.01&beta=0.9&step=5');
  await expect(page.getByRole('img', { name: 'Loss curve' })).toBeVisible();
  await expect(page.getByText(/^Step \d+$/)).toHaveText('Step 5');
  const csv = parseCsv(await exportCsv(page));
  expect(csv.header).toEqual(['optimizer', 't', 'w', 'm', 'grad', 'loss']);
  for (const r of csv.rows) {
    const w = Number(r.w);
    expect(Number(r.grad)).toBeCloseTo(4 * w ** 3 - 4 * w, 10);
  }
});

for (const [text, message] of [
  ['x^2 + (y', "')'"],
  ['x^2 + y)', "')' at character 8"],
  ['foo(x)', "unknown function 'foo'"],
  ['w + x', 'only w, or x and y, may appear'],
  ['x.constructor', ''],
  ['import("fs")', ''],
  ['log(x) + y', 'not finite at w₀'],
] as const) {
  test(`a bad loss "${text}" gets an inline message and the last good loss stays`, async ({
    page,
  }) => {
    const violations: string[] = [];
    page.on('console', (m) => {
      if (/Content.Security.Policy|Refused/i.test(m.text())) violations.push(m.text());
    });
    await page.goto('/?fn=custom&f=x%5E2%20%2B%20y%5E2&w0=-2,2');
    await expect(box(page)).toHaveValue('x^2 + y^2');
    await box(page).fill(text);
    await box(page).press('Enter');
    const alert = page.getByRole('alert').filter({ hasText: 'last good loss stays' });
    await expect(alert).toBeVisible();
    if (message) await expect(alert).toContainText(message);
    await expect(page.locator('.custom-loss img, .custom-loss script')).toHaveCount(0);
    expect(query(page).get('f')).toBe('x^2 + y^2');
    await expect(page.locator('.formula')).toContainText('x²');
    expect(violations).toEqual([]);
  });
}

test('a hostile custom link gets a notice, runs nothing and falls back', async ({ page }) => {
  await page.goto('/?fn=custom&f=%3Cimg%20src%3Dx%20onerror%3Dalert(1)%3E');
  const notice = page.getByRole('alert').filter({ hasText: 'Ignored' });
  await expect(notice).toContainText('f');
  await expect(page.locator('.notices img')).toHaveCount(0);
  await expect(page.getByRole('img', { name: /Loss (curve|surface)/ })).toBeVisible();
  expect(query(page).get('fn')).not.toBe('custom');
});

test('the example losses are links, one click away', async ({ page }) => {
  await page.goto('/?fn=custom&f=x%5E2%2By%5E2');
  const examples = page.locator('.custom-examples a');
  await expect(examples).not.toHaveCount(0);
  const href = await examples.first().getAttribute('href');
  expect(href).toContain('fn=custom');
  await examples.first().click();
  await expectQuery(page, 'f', /.+/);
  await expect(page.getByRole('img', { name: 'Loss surface' })).toBeVisible();
});

test('a custom surface does not claim marked minima; a preset’s does mark them', async ({
  page,
}) => {
  await page.goto('/?fn=custom&f=x%5E2%2B3*y%5E2&w0=2.5,1.5&step=5');
  const note = page.locator('.surface-note');
  await expect(note).toContainText('Click the map to place w₀');
  await expect(note).not.toContainText('marks the minima');
  await page.goto('/?fn=ravine&step=5');
  await expect(note).toContainText('× marks the minima.');
});
