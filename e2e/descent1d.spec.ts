import {
  test,
  expect,
  query,
  expectQuery,
  exportCsv,
  parseCsv,
  expectCsvMatches,
  reference,
} from './fixtures';

const stepLabel = (page: import('@playwright/test').Page) => page.getByText(/^Step \d+$/);
const cell = (page: import('@playwright/test').Page, run: string, field: string) =>
  page.locator(`.readout td[data-run="${run}"][data-field="${field}"]`);

test('a link opens with the right numbers on screen', async ({ page }) => {
  await page.goto('/?fn=quadratic&w0=2.5&eta=0.1&beta=0.9&step=3');
  await expect(stepLabel(page)).toHaveText('Step 3');
  // Reference: momentum w_3 = 0.155, m_3 = 0.995; SGD w_3 = 2.5·0.8³ = 1.28, m_3 = 0.1·2·1.6 = 0.32.
  await expect(cell(page, 'momentum', 'w')).toHaveText('0.155');
  await expect(cell(page, 'momentum', 'm')).toHaveText('0.995');
  await expect(cell(page, 'sgd', 'w')).toHaveText('1.28');
  await expect(cell(page, 'sgd', 'm')).toHaveText('0.32');
  await expect(page.getByRole('slider', { name: /β/ })).toHaveValue('0.9');
  await expect(page.getByRole('textbox', { name: /η/ })).toHaveValue('0.1');
  await expect(page.getByRole('img', { name: 'Loss curve' })).toBeVisible();
});

test('readout shows at least 4 significant digits for both runs', async ({ page }) => {
  await page.goto('/?fn=double-well&w0=2&eta=0.02&beta=0.9&step=14');
  const ref = reference.cases.find((c) => c.fn === 'double-well' && c.beta === 0.9)!;
  const w = Number((await cell(page, 'momentum', 'w').textContent())!.replace('−', '-'));
  expect(Math.abs(w - ref.rows[14]!.w[0]!) / Math.abs(ref.rows[14]!.w[0]!)).toBeLessThan(5e-4);
  await expect(cell(page, 'momentum', 'w')).toHaveText(/^−?\d\.\d{3,}|^−?0\.\d*[1-9]\d{3,}/);
});

test('Step, Play, Pause and Reset move the step and the URL', async ({ page }) => {
  await page.goto('/?fn=double-well');
  await expect(stepLabel(page)).toHaveText('Step 0');
  await page.getByRole('button', { name: 'Step', exact: true }).click();
  await page.getByRole('button', { name: 'Step', exact: true }).click();
  await expect(stepLabel(page)).toHaveText('Step 2');
  await expectQuery(page, 'step', '2');
  await page.getByRole('button', { name: 'Step back' }).click();
  await expect(stepLabel(page)).toHaveText('Step 1');
  await expectQuery(page, 'step', '1');

  await page.getByRole('button', { name: 'Play' }).click();
  await expect(page.getByRole('button', { name: 'Pause' })).toBeVisible();
  await expect
    .poll(async () => Number((await stepLabel(page).textContent())!.slice(5)))
    .toBeGreaterThan(4);
  await page.getByRole('button', { name: 'Pause' }).click();
  const paused = await stepLabel(page).textContent();
  await page.waitForTimeout(500);
  await expect(stepLabel(page)).toHaveText(paused!);
  await expectQuery(page, 'step', paused!.slice(5));

  await page.getByRole('button', { name: 'Reset', exact: true }).click();
  await expect(stepLabel(page)).toHaveText('Step 0');
  await expectQuery(page, 'step', '0');
  expect(query(page).get('fn')).toBe('double-well');
});

test('autoplay runs at least 5 steps a second by default', async ({ page }) => {
  await page.goto('/?fn=ravine');
  await page.getByRole('button', { name: 'Play' }).click();
  await page.waitForTimeout(2000);
  await page.getByRole('button', { name: 'Pause' }).click();
  const step = Number((await stepLabel(page).textContent())!.slice(5));
  expect(step).toBeGreaterThanOrEqual(9);
});

test('keyboard on the β slider changes β and the momentum run', async ({ page }) => {
  await page.goto('/?fn=quadratic&w0=2.5&eta=0.1&beta=0.9&step=3');
  const before = await cell(page, 'momentum', 'w').textContent();
  const sgdBefore = await cell(page, 'sgd', 'w').textContent();
  const beta = page.getByRole('slider', { name: /β/ });
  await beta.focus();
  for (let i = 0; i < 10; i++) await page.keyboard.press('ArrowLeft');
  await expect(beta).toHaveValue('0.89');
  await expectQuery(page, 'beta', '0.89');
  await expect(page.getByRole('textbox', { name: /β/ })).toHaveValue('0.89');
  await expect(cell(page, 'momentum', 'w')).not.toHaveText(before!);
  await expect(cell(page, 'sgd', 'w')).toHaveText(sgdBefore!);
  await expect(stepLabel(page)).toHaveText('Step 3');
});

test('the η slider is logarithmic and the η box takes exact entry', async ({ page }) => {
  await page.goto('/?fn=quadratic');
  const box = page.getByRole('textbox', { name: /η/ });
  await box.fill('0.0123');
  await box.press('Enter');
  await expectQuery(page, 'eta', '0.0123');
  const slider = page.getByRole('slider', { name: /η/ });
  await slider.focus();
  await page.keyboard.press('ArrowRight');
  const eta = Number(query(page).get('eta'));
  await expect.poll(() => Number(query(page).get('eta'))).not.toBe(0.0123);
  expect(eta).toBeGreaterThan(0);
  const next = Number(query(page).get('eta'));
  expect(next / 0.0123).toBeGreaterThan(1);
  expect(next / 0.0123).toBeLessThan(1.05);
  // Bad entry: a message, and the last good value stays.
  await box.fill('abc');
  await box.press('Enter');
  await expect(page.getByRole('alert').filter({ hasText: 'not a number' })).toBeVisible();
  await expectQuery(page, 'eta', String(next));
});

test('a click on the curve places w₀ there and restarts both runs', async ({ page }) => {
  await page.goto('/?fn=double-well&step=10');
  const area = page.getByRole('img', { name: 'Loss curve' });
  const box = (await area.boundingBox())!;
  // The data area spans exactly the preset's view w ∈ [−2.2, 2.2]: a quarter of the way is −1.1.
  await area.click({ position: { x: box.width * 0.25, y: box.height / 2 } });
  await expect(stepLabel(page)).toHaveText('Step 0');
  await expectQuery(page, 'step', '0');
  const w0 = Number(query(page).get('w0'));
  expect(Math.abs(w0 - -1.1)).toBeLessThan((4.4 / box.width) * 1.5);
  await expect(cell(page, 'sgd', 'w')).toHaveText(new RegExp(`^${String(w0).replace('-', '−')}`));
});

test('the plot shows exactly the preset view: axis ticks at both ends', async ({ page }) => {
  await page.goto('/?fn=quadratic');
  const area = page.getByRole('img', { name: 'Loss curve' });
  const box = (await area.boundingBox())!;
  // Clicking the right edge gives w₀ ≈ 3 (view [−3, 3]).
  await area.click({ position: { x: box.width - 1, y: 10 } });
  await expect.poll(() => Number(query(page).get('w0'))).toBeGreaterThan(2.95);
  expect(Number(query(page).get('w0'))).toBeLessThanOrEqual(3);
});

test('a bad link shows a notice naming the key and value, and the page still works', async ({
  page,
}) => {
  await page.goto('/?fn=quadratic&eta=0x1F&beta=1.5&w0=1,2&step=abc');
  const notice = page.getByRole('alert').filter({ hasText: 'Ignored' });
  await expect(notice).toContainText('eta');
  await expect(notice).toContainText('0x1F');
  await expect(notice).toContainText('beta');
  await expect(notice).toContainText('1.5');
  await expect(notice).toContainText('w0');
  await expect(notice).toContainText('step');
  await expect(stepLabel(page)).toHaveText('Step 0');
  await page.getByRole('button', { name: 'Step', exact: true }).click();
  await expect(stepLabel(page)).toHaveText('Step 1');
  await expectQuery(page, 'eta', '0.1');
});

test('a diverging run stops, says so, and draws nothing non-finite', async ({ page }) => {
  await page.goto('/?fn=quadratic&w0=1&eta=2.5&beta=0.9&step=200');
  await expect(cell(page, 'momentum', 'status')).toHaveText(/^diverged at step \d+$/);
  await expect(cell(page, 'sgd', 'status')).toHaveText(/^diverged at step \d+$/);
  const bad = await page.locator('svg [d*="NaN"], svg [d*="Infinity"], svg [cx="NaN"]').count();
  expect(bad).toBe(0);
  const csv = parseCsv(await exportCsv(page));
  expect(csv.rows.every((r) => Object.values(r).every((v) => !/NaN|Infinity/.test(v)))).toBe(true);
});

test('the exported 1D CSV equals the reference trajectories', async ({ page }) => {
  for (const fn of ['quadratic', 'double-well']) {
    const m = reference.cases.find((c) => c.fn === fn && c.beta > 0)!;
    const s = reference.cases.find((c) => c.fn === fn && c.beta === 0)!;
    await page.goto(`/?fn=${fn}&w0=${m.w0.join(',')}&eta=${m.eta}&beta=${m.beta}&step=${m.steps}`);
    await expect(stepLabel(page)).toHaveText(`Step ${m.steps}`);
    const csv = parseCsv(await exportCsv(page));
    expect(csv.header).toEqual(['optimizer', 't', 'w', 'm', 'grad', 'loss']);
    expectCsvMatches(csv, 'momentum', m);
    expectCsvMatches(csv, 'sgd', s);
  }
});
