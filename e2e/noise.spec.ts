import { exportCsv, expect, expectQuery, parseCsv, test } from './fixtures';

const LINK =
  '/?fn=ravine&w0=-9,3&eta=0.01&beta=0.9&opt=sgd,momentum,nesterov&noise=0.5&seed=7&step=400';

test('with noise, every row follows its rule with the exported noise, shared by all runs', async ({
  page,
}) => {
  await page.goto(LINK);
  await expect(page.getByText(/^Step \d+$/)).toHaveText('Step 400');
  const csv = parseCsv(await exportCsv(page));
  expect(csv.header).toEqual([
    'optimizer',
    't',
    'x',
    'y',
    'mx',
    'my',
    'gx',
    'gy',
    'nx',
    'ny',
    'loss',
  ]);
  const rows = (id: string) => csv.rows.filter((r) => r.optimizer === id);
  const sgd = rows('sgd');
  const mom = rows('momentum');
  const nes = rows('nesterov');
  const close = (a: number, b: number) => Math.abs(a - b) <= 1e-9 * Math.max(Math.abs(b), 1e-3);
  const ns: number[] = [];
  for (let t = 1; t <= 400; t++) {
    for (const k of ['nx', 'ny']) {
      expect(mom[t]![k]).toBe(sgd[t]![k]);
      expect(nes[t]![k]).toBe(sgd[t]![k]);
      ns.push(Number(sgd[t]![k]));
    }
    for (const [i, g, n] of [
      [0, 'gx', 'nx'],
      [1, 'gy', 'ny'],
    ] as const) {
      const m = i === 0 ? 'mx' : 'my';
      const gs = Number(sgd[t - 1]![g]) + Number(sgd[t]![n]);
      expect(close(Number(sgd[t]![m]), 0.01 * gs)).toBe(true);
      const gm = Number(mom[t - 1]![g]) + Number(mom[t]![n]);
      expect(close(Number(mom[t]![m]), 0.9 * Number(mom[t - 1]![m]) + 0.01 * gm)).toBe(true);
    }
  }
  // σ·ξ with ξ ~ N(0, 1): mean ≈ 0, standard deviation ≈ σ = 0.5 (800 draws).
  const mean = ns.reduce((a, b) => a + b, 0) / ns.length;
  const sd = Math.sqrt(ns.reduce((a, b) => a + (b - mean) ** 2, 0) / (ns.length - 1));
  expect(Math.abs(mean)).toBeLessThan((4 * 0.5) / Math.sqrt(ns.length));
  expect(Math.abs(sd - 0.5)).toBeLessThan(0.06);
});

test('the same link gives the identical CSV; another seed does not', async ({ page }) => {
  await page.goto(LINK);
  const a = await exportCsv(page);
  await page.goto(LINK);
  expect(await exportCsv(page)).toBe(a);
  const seed = page.getByRole('textbox', { name: 'Seed' });
  await seed.fill('8');
  await seed.press('Enter');
  await expectQuery(page, 'seed', '8');
  expect(await exportCsv(page)).not.toBe(a);
});

test('the σ slider and box set the noise, and the status says the run hovers', async ({ page }) => {
  await page.goto('/?fn=ravine&step=3000');
  await expect(page.getByRole('slider', { name: /σ/ })).toBeVisible();
  const box = page.getByRole('textbox', { name: 'σ value' });
  await box.fill('1');
  await box.press('Enter');
  await expectQuery(page, 'noise', '1');
  await expect(page.locator('.readout td[data-run="momentum"][data-field="status"]')).toContainText(
    'hovering: mean loss over the last 100 steps',
  );
});

test('the cloud’s worker starts once the plot is on screen and the anatomy’s panels have mounted', async ({
  page,
}) => {
  await page.addInitScript(() => {
    const w = window as unknown as { atCloudStart?: { plot: boolean; panels: number } };
    const Native = window.Worker;
    window.Worker = class extends Native {
      constructor(url: string | URL, options?: WorkerOptions) {
        super(url, options);
        if (String(url).includes('cloud'))
          w.atCloudStart ??= {
            plot: !!document.querySelector('canvas.trajectory-canvas'),
            panels: document.querySelectorAll('.anatomy-panel').length,
          };
      }
    };
  });
  await page.goto('/?fn=ravine&noise=1&cloud=8&step=200');
  await expect(page.getByText(/8 seeds, 5000 steps each/)).toBeVisible({ timeout: 30_000 });
  const at = await page.evaluate(
    () => (window as unknown as { atCloudStart?: { plot: boolean; panels: number } }).atCloudStart,
  );
  expect(at?.plot).toBe(true);
  // β^k weights, the update, loss by step, convergence, theory, step by step.
  await expect(page.locator('.anatomy-panel')).toHaveCount(6);
  expect(at?.panels).toBe(6);
});

test('with noise the convergence panel says no run converges, and each run’s status hovers', async ({
  page,
}) => {
  await page.goto('/?fn=double-well&noise=0.5&eta=0.02&step=800');
  const conv = page.getByRole('region', { name: 'Convergence' });
  await expect(conv.getByText(/^With gradient noise no run converges/)).toBeVisible();
  await expect(conv.locator('.status-list li')).toHaveText([
    /^SGD: hovering: mean loss over the last 100 steps −\d/,
    /^Momentum: hovering: mean loss over the last 100 steps −\d/,
  ]);
});

test('the cloud’s faint paths take the new colours when the screen switches to dark mode', async ({
  page,
}) => {
  await page.goto('/?fn=ravine&noise=1&cloud=8&step=300&opt=momentum');
  await expect(page.getByText(/8 seeds, 5000 steps each/)).toBeVisible({ timeout: 30_000 });
  /** Cloud pixels (not the faintest edges) within a few levels of colour `hex`. */
  const near = (hex: string) =>
    page.locator('canvas.cloud-canvas').evaluate((c, h) => {
      const canvas = c as HTMLCanvasElement;
      const n = parseInt(h.slice(1), 16);
      const rgb = [(n >> 16) & 255, (n >> 8) & 255, n & 255];
      const data = canvas.getContext('2d')!.getImageData(0, 0, canvas.width, canvas.height).data;
      let count = 0;
      for (let i = 0; i < data.length; i += 4)
        if ((data[i + 3] ?? 0) >= 30 && rgb.every((v, k) => Math.abs((data[i + k] ?? 0) - v) < 20))
          count++;
      return count;
    }, hex);
  // Momentum: #0072b2 in the light scheme, #56b4e9 in the dark one.
  await expect.poll(() => near('#0072b2')).toBeGreaterThan(100);
  expect(await near('#56b4e9')).toBe(0);
  await page.emulateMedia({ colorScheme: 'dark' });
  await expect.poll(() => near('#56b4e9')).toBeGreaterThan(100);
  expect(await near('#0072b2')).toBe(0);
});

test('the cloud’s canvas is there only while a cloud is asked for', async ({ page }) => {
  // Without noise there is no cloud to draw: no canvas to allocate, clear and composite.
  await page.goto('/?fn=ravine&step=300');
  await expect(page.getByRole('img', { name: 'Loss surface' })).toBeVisible();
  await expect(page.locator('canvas.trajectory-canvas')).toHaveCount(1);
  await expect(page.locator('canvas.cloud-canvas')).toHaveCount(0);
  // Noise on (with a cloud): the canvas comes and the seeds' paths are drawn on it.
  await page.goto('/?fn=ravine&noise=1&cloud=8&step=300&opt=momentum');
  await expect(page.locator('canvas.cloud-canvas')).toHaveCount(1);
  await expect(page.getByText(/8 seeds, 5000 steps each/)).toBeVisible({ timeout: 30_000 });
});
