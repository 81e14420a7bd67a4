import { exportCsv, expect, expectQuery, parseCsv, query, test } from './fixtures';

/** An independent float64 implementation of DESIGN §6 on the ravine, L = 0.5x² + 25y². */
function reference(
  id: string,
  w0: number[],
  eta: number,
  beta: number,
  steps: number,
): { w: number[]; m: number[] }[] {
  const grad = (w: number[]) => [w[0]!, 50 * w[1]!];
  let w = [...w0];
  let m = [0, 0];
  let a = [0, 0];
  let s = [0, 0];
  const rows = [{ w: [...w], m: [0, 0] }];
  for (let t = 1; t <= steps; t++) {
    const prev = [...w];
    if (id === 'sgd') m = grad(w).map((g) => eta * g);
    else if (id === 'momentum') m = grad(w).map((g, i) => beta * m[i]! + eta * g);
    else if (id === 'nesterov') {
      const g = grad(w.map((v, i) => v - beta * m[i]!));
      m = g.map((gi, i) => beta * m[i]! + eta * gi);
    } else {
      const g = grad(w);
      if (id === 'rmsprop') s = s.map((si, i) => 0.9 * si + 0.1 * g[i]! ** 2);
      if (id === 'adagrad') s = s.map((si, i) => si + g[i]! ** 2);
      if (id === 'adam') {
        a = a.map((ai, i) => 0.9 * ai + 0.1 * g[i]!);
        s = s.map((si, i) => 0.999 * si + 0.001 * g[i]! ** 2);
        m = g.map(
          (_, i) => (eta * (a[i]! / (1 - 0.9 ** t))) / (Math.sqrt(s[i]! / (1 - 0.999 ** t)) + 1e-8),
        );
      } else m = g.map((gi, i) => (eta * gi) / (Math.sqrt(s[i]!) + 1e-8));
    }
    w = w.map((v, i) => v - m[i]!);
    rows.push({ w: [...w], m: prev.map((p, i) => p - w[i]!) });
  }
  return rows;
}

const close = (a: number, b: number) => Math.abs(a - b) <= 1e-9 * Math.max(Math.abs(b), 1e-3);

test('the CSV of every optimizer matches an independent float64 computation, per-run η included', async ({
  page,
}) => {
  const opt = ['nesterov', 'rmsprop', 'adam', 'adagrad'];
  await page.goto(
    `/?fn=ravine&w0=-9,3&eta=0.01&beta=0.8&step=40&opt=${opt.join(',')}&eta.adam=0.3`,
  );
  await expect(page.getByText(/^Step \d+$/)).toHaveText('Step 40');
  const csv = parseCsv(await exportCsv(page));
  expect([...new Set(csv.rows.map((r) => r.optimizer))]).toEqual(opt);
  for (const id of opt) {
    const ref = reference(id, [-9, 3], id === 'adam' ? 0.3 : 0.01, 0.8, 40);
    const rows = csv.rows.filter((r) => r.optimizer === id);
    expect(rows).toHaveLength(41);
    rows.forEach((r, t) => {
      const want = ref[t]!;
      const got = [r.x, r.y, r.mx, r.my].map(Number);
      [...want.w, ...want.m].forEach((v, i) => {
        if (!close(got[i]!, v)) throw new Error(`${id} t=${t} col ${i}: ${got[i]} vs ${v}`);
      });
    });
  }
});

test('the Runs checkboxes add and remove runs within 1 to 4, and the link carries opt', async ({
  page,
}) => {
  await page.goto('/?fn=ravine&step=5');
  const runs = page.getByRole('group', { name: 'Runs' });
  const box = (name: string) => runs.getByRole('checkbox', { name, exact: true });
  await expect(box('SGD')).toBeChecked();
  await expect(box('Momentum')).toBeChecked();
  await box('Adam').check();
  await box('Nesterov').check();
  await expectQuery(page, 'opt', 'sgd,momentum,nesterov,adam');
  const legend = page.getByRole('list', { name: 'Legend' });
  for (const name of ['SGD', 'Momentum', 'Nesterov', 'Adam'])
    await expect(legend).toContainText(name);
  // Four shown: the others are disabled, and the page says why.
  await expect(box('RMSProp')).toBeDisabled();
  await expect(box('AdaGrad')).toBeDisabled();
  await expect(runs).toContainText('At most 4 runs');
  await box('SGD').uncheck();
  await box('Momentum').uncheck();
  await box('Nesterov').uncheck();
  await expectQuery(page, 'opt', 'adam');
  await expect(box('Adam')).toBeDisabled();
  await expect(runs).toContainText('At least one run');
  const csv = parseCsv(await exportCsv(page));
  expect([...new Set(csv.rows.map((r) => r.optimizer))]).toEqual(['adam']);
});

test('a per-run η is linked to the shared η until changed, and travels as eta.<id>', async ({
  page,
}) => {
  await page.goto('/?fn=ravine&opt=sgd,adam');
  const adamEta = page.getByRole('textbox', { name: 'Adam learning rate' });
  await page.getByRole('textbox', { name: 'η value' }).fill('0.02');
  await page.getByRole('textbox', { name: 'η value' }).press('Enter');
  await expect(adamEta).toHaveValue('0.02');
  expect(query(page).has('eta.adam')).toBe(false);
  await adamEta.fill('0.5');
  await adamEta.press('Enter');
  await expectQuery(page, 'eta.adam', '0.5');
  await expect(page.getByRole('list', { name: 'Legend' })).toContainText('Adam (η = 0.5)');
  await page.getByRole('button', { name: "Link Adam's learning rate to the shared η" }).click();
  await expect.poll(() => query(page).has('eta.adam')).toBe(false);
  await expect(adamEta).toHaveValue('0.02');
});

test('bad opt values get a notice naming the key, the value and the default', async ({ page }) => {
  await page.goto('/?fn=ravine&opt=sgd,lion,sgd');
  const notice = page.getByRole('alert').filter({ hasText: 'Ignored' });
  await expect(notice).toContainText('opt');
  await expect(notice).toContainText('sgd,lion,sgd');
  await expect(notice).toContainText('sgd,momentum');
  await expect(page.getByRole('list', { name: 'Legend' })).toContainText('Momentum');
});

test('a run that diverged shows its last finite values labelled, not as the current step', async ({
  page,
}) => {
  await page.goto('/?fn=quadratic&eta=1.5&beta=0.9&step=30');
  const cell = page.locator('.readout td[data-run="sgd"][data-field="w"]');
  await expect(cell).toContainText('w₁₈');
  await expect(cell).toContainText('last finite');
  await expect(page.locator('.readout td[data-run="sgd"][data-field="status"]')).toHaveText(
    'diverged at step 19',
  );
});
