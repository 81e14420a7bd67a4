import { expect, expectQuery, query, test } from './fixtures';

type Box = { x: number; y: number; width: number; height: number };
const overlap = (a: Box, b: Box) =>
  a.x < b.x + b.width && b.x < a.x + a.width && a.y < b.y + b.height && b.y < a.y + a.height;

for (const width of [1400, 1280, 390]) {
  for (const q of [
    '?fn=quadratic&step=0',
    '?fn=double-well&step=0',
    '?fn=double-well&step=3&opt=sgd,momentum,nesterov,adam',
  ]) {
    test(`1D slope labels are whole, inside the plot and apart (${width} px, ${q})`, async ({
      page,
    }) => {
      await page.setViewportSize({ width, height: 900 });
      await page.goto(`/${q}`);
      const area = (await page.getByRole('img', { name: 'Loss curve' }).boundingBox())!;
      const labels = page.locator('.slope-label');
      await expect(labels.first()).toBeVisible();
      const boxes: Box[] = [];
      for (const l of await labels.all()) {
        await expect(l).toHaveText(/^slope −?\d/);
        const b = (await l.boundingBox())!;
        expect(b.x).toBeGreaterThanOrEqual(area.x - 1);
        expect(b.x + b.width).toBeLessThanOrEqual(area.x + area.width + 1);
        expect(b.y).toBeGreaterThanOrEqual(area.y - 1);
        expect(b.y + b.height).toBeLessThanOrEqual(area.y + area.height + 1);
        boxes.push(b);
      }
      for (let i = 0; i < boxes.length; i++)
        for (let j = i + 1; j < boxes.length; j++)
          expect(overlap(boxes[i]!, boxes[j]!), `labels ${i} and ${j} overlap`).toBe(false);
    });
  }
}

test('a cycling run is not called running (Beale SGD)', async ({ page }) => {
  await page.goto('/?fn=beale&w0=-1,1.5&eta=0.01&beta=0.9&step=3000');
  await expect(page.locator('.readout td[data-run="sgd"][data-field="status"]')).toHaveText(
    /^cycles with period 2 from step \d+$/,
  );
});

test('arrows are never magnified more than ×100, and tiny ones are said to be too small', async ({
  page,
}) => {
  await page.goto('/?fn=ravine&step=414');
  const note = page.locator('.surface-note');
  await expect(note).toBeVisible();
  const text = (await note.textContent()) ?? '';
  const m = /×(\d+)/.exec(text);
  if (m) expect(Number(m[1])).toBeLessThanOrEqual(100);
  expect(text).toMatch(/too small to draw/);
});

test('Reset keeps settings; Preset defaults restores the preset’s η, β and w₀', async ({
  page,
}) => {
  await page.goto('/?fn=ravine&w0=-5,2&eta=0.01&beta=0.5&step=7');
  await page.getByRole('button', { name: 'Reset', exact: true }).click();
  await expectQuery(page, 'step', '0');
  expect(query(page).get('eta')).toBe('0.01');
  await page.getByRole('button', { name: 'Preset defaults' }).click();
  await expectQuery(page, 'eta', '0.038');
  await expectQuery(page, 'beta', '0.7');
  await expectQuery(page, 'w0', '-9,3');
});

test('the 2D step split: −β·m then −η∇L drawn tip to tail at momentum’s point', async ({
  page,
}) => {
  await page.goto('/?fn=ravine&step=5');
  await expect(page.locator('.step-arrows .arrow-label', { hasText: '−β·m' })).toHaveCount(1);
  await expect(page.locator('.step-arrows .arrow-label', { hasText: '−η∇L' })).toHaveCount(1);
  await page.goto('/?fn=double-well&step=5');
  await expect(page.getByTestId('split-momentum').locator('line')).toHaveCount(2);
});

test('the lesson is qualified off the preset defaults and under noise, and not at the defaults', async ({
  page,
}) => {
  await page.goto('/?fn=ravine');
  const caveat = page.getByTestId('lesson-caveat');
  await expect(page.getByRole('region', { name: 'Settings' })).toContainText(
    'converging at step 414',
  );
  await expect(caveat).toHaveCount(0);
  await page.getByRole('textbox', { name: 'β value' }).fill('0.9');
  await page.getByRole('textbox', { name: 'β value' }).press('Enter');
  await expect(caveat).toContainText('for the preset defaults (η = 0.038, β = 0.7, w₀ = (−9, 3))');
  await page.getByRole('button', { name: 'Preset defaults' }).click();
  await expect(caveat).toHaveCount(0);
  await page.goto('/?fn=ravine&noise=1&step=1000');
  await expect(caveat).toContainText('With gradient noise (σ = 1) no run converges');
  await expect(page.locator('.readout td[data-run="momentum"][data-field="status"]')).toContainText(
    'hovering',
  );
});

for (const width of [1400, 1280]) {
  for (const opt of ['sgd,momentum', 'sgd,momentum,nesterov,adam'])
    test(`every readout number is in view without scrolling sideways (${width} px, ${opt})`, async ({
      page,
    }) => {
      await page.setViewportSize({ width, height: 900 });
      // Step 50 on the ravine: 2D points with five significant digits and a diverged run's last
      // finite row, the widest cells there are.
      await page.goto(`/?fn=ravine&step=50&opt=${opt}`);
      const numbers = page.getByRole('group', { name: 'Readout numbers' });
      await expect(numbers.locator('td[data-field="status"]').first()).toBeVisible();
      const { scroll, client } = await numbers.evaluate((el) => ({
        scroll: el.scrollWidth,
        client: el.clientWidth,
      }));
      expect(scroll).toBeLessThanOrEqual(client);
    });
}

test('the step table of two 2D runs fits a 1280 px screen without scrolling sideways', async ({
  page,
}) => {
  await page.setViewportSize({ width: 1280, height: 900 });
  // Ravine step 50: the widest numbers of the presets' first views (−0.00049701 and the like).
  await page.goto('/?fn=ravine&step=50');
  const table = page.getByRole('region', { name: 'Step table, scrolls sideways' });
  await expect(table.locator('tr.current')).toBeVisible();
  const over = await table.evaluate((el) => el.scrollWidth - el.clientWidth);
  expect(over).toBeLessThanOrEqual(0);
});

test('a third run’s readout column lines up under the first run’s', async ({ page }) => {
  await page.goto('/?fn=double-well&step=20&opt=sgd,momentum,rmsprop');
  const cell = (run: string) => page.locator(`.readout td[data-run="${run}"][data-field="w"]`);
  await expect(cell('rmsprop')).toHaveText(/\d/);
  const sgd = (await cell('sgd').boundingBox())!;
  const rmsprop = (await cell('rmsprop').boundingBox())!;
  expect(Math.abs(sgd.x - rmsprop.x)).toBeLessThanOrEqual(1);
  expect(Math.abs(sgd.width - rmsprop.width)).toBeLessThanOrEqual(1);
});
