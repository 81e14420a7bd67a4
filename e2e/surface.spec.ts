import type { Locator, Page } from '@playwright/test';
import {
  test,
  expect,
  exportCsv,
  expectCsvMatches,
  expectQuery,
  parseCsv,
  query,
  reference,
} from './fixtures';

/** The 2D presets and the view each opens with (DESIGN §2). */
const VIEWS = {
  ravine: { x: [-10, 10], y: [-5, 5] },
  rosenbrock: { x: [-2, 2], y: [-1, 3] },
  himmelblau: { x: [-5, 5], y: [-5, 5] },
  beale: { x: [-4.5, 4.5], y: [-4.5, 4.5] },
} as const;
type Fn = keyof typeof VIEWS;

function surface(page: Page): Locator {
  return page.getByRole('img', { name: 'Loss surface' });
}

async function box(loc: Locator) {
  const b = await loc.boundingBox();
  if (!b) throw new Error('no bounding box');
  return b;
}

/** The screen point (page px) of data point (x, y), from the data area's box and the view. */
async function screenOf(page: Page, fn: Fn, x: number, y: number) {
  const b = await box(surface(page));
  const v = VIEWS[fn];
  return {
    x: b.x + ((x - v.x[0]) / (v.x[1] - v.x[0])) * b.width,
    y: b.y + ((v.y[1] - y) / (v.y[1] - v.y[0])) * b.height,
  };
}

/** w₀ as the "w₀ start point" box shows it. */
async function w0Box(page: Page): Promise<number[]> {
  const text = await page.getByRole('textbox', { name: 'w₀ start point' }).inputValue();
  return text.split(',').map(Number);
}

for (const fn of Object.keys(VIEWS) as Fn[]) {
  test(`${fn}: the surface draws, at equal scale, showing exactly its view`, async ({ page }) => {
    await page.goto(`/?fn=${fn}`);
    const area = surface(page);
    await expect(area).toBeVisible();
    await expect(page.getByRole('img', { name: 'Loss curve' })).toHaveCount(0);
    const b = await box(area);
    const v = VIEWS[fn];
    const aspect = (v.x[1] - v.x[0]) / (v.y[1] - v.y[0]);
    expect(Math.abs(b.width / b.height / aspect - 1)).toBeLessThan(0.01);
    expect(b.width).toBeGreaterThan(200);

    // The map is painted: the canvas under the data area shows many different colours, the
    // lowest (darkest) where the minimum is. Read the pixels straight from the screen.
    const shot = await page.screenshot({ clip: b });
    expect(shot.length).toBeGreaterThan(5000);
    const colours = await page.evaluate(() => {
      const c = document.querySelector('canvas');
      const ctx = c?.getContext('2d');
      if (!c || !ctx) return 0;
      const seen = new Set<string>();
      const data = ctx.getImageData(0, 0, c.width, c.height).data;
      for (let i = 0; i < data.length; i += 4 * 97)
        seen.add(`${data[i]},${data[i + 1]},${data[i + 2]}`);
      return seen.size;
    });
    expect(colours).toBeGreaterThan(15);
  });
}

test('a click places w₀ at the data point under the pointer and restarts at step 0', async ({
  page,
}) => {
  await page.goto('/?fn=ravine&step=25');
  await expect(page.getByText(/^Step \d+$/)).toHaveText('Step 25');
  const b = await box(surface(page));
  // A quarter across and three quarters down: x = −10 + 0.25·20 = −5, y = 5 − 0.75·10 = −2.5.
  await page.mouse.click(b.x + 0.25 * b.width, b.y + 0.75 * b.height);
  await expect(page.getByText(/^Step \d+$/)).toHaveText('Step 0');
  const onePx = 20 / b.width;
  const [x = NaN, y = NaN] = await w0Box(page);
  expect(Math.abs(x - -5)).toBeLessThanOrEqual(onePx);
  expect(Math.abs(y - -2.5)).toBeLessThanOrEqual(onePx);
  await page.waitForTimeout(300);
  await expectQuery(page, 'w0', `${x},${y}`);
  await expectQuery(page, 'step', '0');

  // Another preset, another domain: Rosenbrock's view is x ∈ [−2, 2], y ∈ [−1, 3].
  await page.goto('/?fn=rosenbrock');
  const p = await screenOf(page, 'rosenbrock', 1, 1);
  await page.mouse.click(p.x, p.y);
  const r = await box(surface(page));
  const [rx = NaN, ry = NaN] = await w0Box(page);
  expect(Math.abs(rx - 1)).toBeLessThanOrEqual(4 / r.width);
  expect(Math.abs(ry - 1)).toBeLessThanOrEqual(4 / r.width);
});

test('dragging the w₀ marker moves it live and rewrites the URL', async ({ page }) => {
  await page.goto('/?fn=ravine&w0=-9,3&step=30');
  await expect(surface(page)).toBeVisible();
  const from = await screenOf(page, 'ravine', -9, 3);
  const to = await screenOf(page, 'ravine', 4, -1);
  await page.mouse.move(from.x, from.y);
  await page.mouse.down();
  await page.mouse.move((from.x + to.x) / 2, (from.y + to.y) / 2, { steps: 5 });
  // Live: mid-drag, w₀ and both runs have already moved (the readout shows step 0 of the new runs).
  await expect.poll(async () => (await w0Box(page))[0] ?? NaN).toBeGreaterThan(-5);
  await page.mouse.move(to.x, to.y, { steps: 5 });
  await page.mouse.up();
  const b = await box(surface(page));
  const [x = NaN, y = NaN] = await w0Box(page);
  expect(Math.abs(x - 4)).toBeLessThanOrEqual(2 * (20 / b.width));
  expect(Math.abs(y - -1)).toBeLessThanOrEqual(2 * (20 / b.width));
  await expectQuery(page, 'w0', `${x},${y}`);
  expect(query(page).get('w0')).not.toBe('-9,3');
});

test('hovering shows x, y and L under the pointer', async ({ page }) => {
  await page.goto('/?fn=ravine');
  const p = await screenOf(page, 'ravine', 2, 1);
  await page.mouse.move(p.x, p.y);
  // L(2, 1) = 0.5·4 + 25·1 = 27, give or take a pixel.
  await expect(page.getByText(/^x 2(\.\d+)? · y 1(\.\d+)? · L 2[67](\.\d+)?$/)).toBeVisible();
});

/** Reference cases by preset and β; SGD is the β = 0 case. */
function ref(fn: string, beta: number) {
  const c = reference.cases.find((r) => r.fn === fn && r.beta === beta);
  if (!c) throw new Error(`no reference case ${fn} β=${beta}`);
  return c;
}

test('ravine: the exported 2D CSV equals the reference trajectories', async ({ page }) => {
  await page.goto('/?fn=ravine&w0=-9,3&eta=0.035&beta=0.9&step=60');
  await expect(page.getByText(/^Step \d+$/)).toHaveText('Step 60');
  const csv = parseCsv(await exportCsv(page));
  expect(csv.header).toEqual(['optimizer', 't', 'x', 'y', 'mx', 'my', 'gx', 'gy', 'loss']);
  expectCsvMatches(csv, 'momentum', ref('ravine', 0.9));
  expectCsvMatches(csv, 'sgd', ref('ravine', 0));
});

for (const fn of ['rosenbrock', 'himmelblau', 'beale'] as const) {
  test(`${fn}: the exported 2D CSV equals the reference momentum run`, async ({ page }) => {
    const c = reference.cases.find((r) => r.fn === fn);
    if (!c) throw new Error(`no reference case for ${fn}`);
    await page.goto(`/?fn=${fn}&w0=${c.w0.join(',')}&eta=${c.eta}&beta=${c.beta}&step=${c.steps}`);
    await expect(page.getByText(/^Step \d+$/)).toHaveText(`Step ${c.steps}`);
    const csv = parseCsv(await exportCsv(page));
    expect(csv.header).toEqual(['optimizer', 't', 'x', 'y', 'mx', 'my', 'gx', 'gy', 'loss']);
    expectCsvMatches(csv, 'momentum', c);
    expect(csv.rows.filter((r) => r.optimizer === 'sgd')).toHaveLength(c.steps + 1);
  });
}

test('switching between 1D and 2D presets keeps view, URL, readout and export coherent', async ({
  page,
}) => {
  await page.goto('/?fn=ravine');
  const loss = page.getByRole('combobox', { name: 'Loss' });
  await loss.selectOption('quadratic');
  await expect(page.getByRole('img', { name: 'Loss curve' })).toBeVisible();
  await expect(surface(page)).toHaveCount(0);
  await expectQuery(page, 'fn', 'quadratic');
  await expectQuery(page, 'w0', '2.5');
  expect(parseCsv(await exportCsv(page)).header[2]).toBe('w');

  await loss.selectOption('himmelblau');
  await expect(surface(page)).toBeVisible();
  await expectQuery(page, 'fn', 'himmelblau');
  await expectQuery(page, 'w0', /^-?[\d.]+,-?[\d.]+$/);
  expect(await w0Box(page)).toHaveLength(2);
  await page.getByRole('button', { name: 'Step', exact: true }).click();
  await expect(page.getByText(/^Step \d+$/)).toHaveText('Step 1');
  const csv = parseCsv(await exportCsv(page));
  expect(csv.header[2]).toBe('x');
  expect(csv.rows).toHaveLength(4);
});

test('on a 390 px phone the surface fits the width and keeps its aspect', async ({ page }) => {
  await page.setViewportSize({ width: 390, height: 844 });
  for (const fn of ['ravine', 'himmelblau'] as const) {
    await page.goto(`/?fn=${fn}&step=20`);
    const b = await box(surface(page));
    const v = VIEWS[fn];
    const aspect = (v.x[1] - v.x[0]) / (v.y[1] - v.y[0]);
    expect(Math.abs(b.width / b.height / aspect - 1)).toBeLessThan(0.01);
    expect(b.x).toBeGreaterThanOrEqual(0);
    expect(b.x + b.width).toBeLessThanOrEqual(390);
    expect(b.width).toBeGreaterThan(200);
    const scrollW = await page.evaluate(() => document.documentElement.scrollWidth);
    expect(scrollW).toBeLessThanOrEqual(390);
  }
});

test('a diverging run draws nothing absurd and logs no errors', async ({ page }) => {
  // η far too large for the ravine: both runs blow up within a few steps.
  await page.goto('/?fn=ravine&eta=5&beta=0.9&step=200');
  await expect(surface(page)).toBeVisible();
  await expect(page.getByText(/diverged at step \d+/).first()).toBeVisible();
  await page.getByRole('button', { name: 'Step back' }).click();
  await expect(surface(page)).toBeVisible();
});

test('a finger drags w₀ too (touch pointer events)', async ({ page }) => {
  await page.goto('/?fn=himmelblau&w0=0,0');
  await expect(surface(page)).toBeVisible();
  const from = await screenOf(page, 'himmelblau', 0, 0);
  const to = await screenOf(page, 'himmelblau', -3, 3);
  const cdp = await page.context().newCDPSession(page);
  const touch = (
    type: 'touchStart' | 'touchMove' | 'touchEnd',
    p: { x: number; y: number } | null,
  ) =>
    cdp.send('Input.dispatchTouchEvent', {
      type,
      touchPoints: p ? [{ x: p.x, y: p.y, id: 1 }] : [],
    });
  await touch('touchStart', from);
  for (let i = 1; i <= 8; i++)
    await touch('touchMove', {
      x: from.x + ((to.x - from.x) * i) / 8,
      y: from.y + ((to.y - from.y) * i) / 8,
    });
  await touch('touchEnd', null);
  const b = await box(surface(page));
  const [x = NaN, y = NaN] = await w0Box(page);
  expect(Math.abs(x - -3)).toBeLessThanOrEqual(2 * (10 / b.width));
  expect(Math.abs(y - 3)).toBeLessThanOrEqual(2 * (10 / b.width));
  await expectQuery(page, 'w0', `${x},${y}`);
});

test('a long run that retraces a narrow zig-zag stays responsive (Beale, step 50000)', async ({
  page,
}) => {
  await page.goto('/?fn=beale&step=50000');
  await expect(surface(page)).toBeVisible({ timeout: 5000 });
  await expect(page.getByText(/^Step \d+$/)).toHaveText('Step 50000');
  const t0 = Date.now();
  await page.getByRole('button', { name: 'Step back' }).click();
  await expect(page.getByText(/^Step \d+$/)).toHaveText('Step 49999');
  // A sanity limit (the bench measures); before the fix this step took tens of seconds.
  expect(Date.now() - t0).toBeLessThan(3000);
});

test('the surface follows window resizes and keeps equal scale', async ({ page }) => {
  await page.goto('/?fn=ravine&step=10');
  const wide = await box(surface(page));
  await page.setViewportSize({ width: 700, height: 800 });
  await expect.poll(async () => (await box(surface(page))).width).toBeLessThan(wide.width - 50);
  const narrow = await box(surface(page));
  expect(Math.abs(narrow.width / narrow.height / 2 - 1)).toBeLessThan(0.01);
  // Still exactly the view: a click at the centre places w₀ at (0, 0).
  await page.mouse.click(narrow.x + narrow.width / 2, narrow.y + narrow.height / 2);
  const [x = NaN, y = NaN] = await w0Box(page);
  expect(Math.abs(x)).toBeLessThanOrEqual(20 / narrow.width);
  expect(Math.abs(y)).toBeLessThanOrEqual(20 / narrow.width);
});

test('a heavy link painted in pieces ends with the same picture as one whole paint (runs stacked in order)', async ({
  page,
}) => {
  // 4 noisy runs × 5000 steps: the first paint goes a piece per task, step range by step range.
  await page.goto('/?fn=ravine&noise=1&step=5000&opt=sgd,momentum,nesterov,adam');
  await expect(page.getByRole('img', { name: 'Loss surface' })).toBeVisible();
  const pixels = () =>
    page.evaluate(() => {
      const all = [...document.querySelectorAll<HTMLCanvasElement>('canvas.surface-canvas')];
      const c = all[all.length - 1]!;
      const d = c.getContext('2d')!.getImageData(0, 0, c.width, c.height).data;
      let h = 0;
      for (let i = 0; i < d.length; i++) h = (Math.imul(h, 31) + (d[i] ?? 0)) | 0;
      return `${c.width}x${c.height}:${h}`;
    });
  // Settled: the same picture twice, half a second apart.
  let settled = '';
  await expect
    .poll(async () => {
      const [a, b] = [await pixels(), (await page.waitForTimeout(500), await pixels())];
      settled = a;
      return a === b;
    })
    .toBe(true);
  // A resize and back repaints every run whole, in run order.
  const size = page.viewportSize()!;
  await page.setViewportSize({ width: size.width - 120, height: size.height });
  await page.waitForTimeout(500);
  await page.setViewportSize(size);
  await expect.poll(pixels).toBe(settled);
});

test('the step arrows’ labels neither print over each other nor leave the plot', async ({
  page,
}) => {
  // Rosenbrock with noise at step 300: −β·m and a short −η∇L end together; the ravine at step 3:
  // −β·m points to the plot's top edge.
  for (const link of ['/?fn=rosenbrock&step=300&noise=0.3', '/?fn=ravine&step=3']) {
    await page.goto(link);
    const area = (await surface(page).boundingBox())!;
    const labels = page.locator('.arrow-label');
    await expect(labels).toHaveCount(3);
    const boxes = await labels.evaluateAll((els) =>
      els.map((el) => {
        const r = el.getBoundingClientRect();
        return { x: r.x, y: r.y, w: r.width, h: r.height, text: el.textContent };
      }),
    );
    for (const b of boxes) {
      expect(b.x, `${link}: ${b.text}`).toBeGreaterThanOrEqual(area.x);
      expect(b.y, `${link}: ${b.text}`).toBeGreaterThanOrEqual(area.y);
      expect(b.x + b.w, `${link}: ${b.text}`).toBeLessThanOrEqual(area.x + area.width);
      expect(b.y + b.h, `${link}: ${b.text}`).toBeLessThanOrEqual(area.y + area.height);
    }
    for (let i = 0; i < boxes.length; i++)
      for (let j = i + 1; j < boxes.length; j++) {
        const [a, b] = [boxes[i]!, boxes[j]!];
        const apart = a.x + a.w <= b.x || b.x + b.w <= a.x || a.y + a.h <= b.y || b.y + b.h <= a.y;
        expect(apart, `${link}: ${a.text} / ${b.text}`).toBe(true);
      }
  }
});

test('the idle repaint of a heavy link strokes one run per task, not every run in one', async ({
  page,
}) => {
  // Each idle callback's run lines (2 px strokes) are tallied by colour: one colour per callback
  // means one run per task (4 noisy runs × 5000 steps in one task rasterized for ~40 ms).
  await page.addInitScript(() => {
    const w = window as unknown as { idleLines: string[][]; inIdle: string[] | null };
    w.idleLines = [];
    w.inIdle = null;
    const ric = window.requestIdleCallback.bind(window);
    window.requestIdleCallback = (cb, opts) =>
      ric((deadline) => {
        const lines: string[] = [];
        w.inIdle = lines;
        try {
          cb(deadline);
        } finally {
          w.inIdle = null;
          if (lines.length > 0) w.idleLines.push(lines);
        }
      }, opts);
    const stroke = CanvasRenderingContext2D.prototype.stroke;
    CanvasRenderingContext2D.prototype.stroke = function (this: CanvasRenderingContext2D, ...a) {
      if (w.inIdle && this.lineWidth === 2 && !w.inIdle.includes(String(this.strokeStyle)))
        w.inIdle.push(String(this.strokeStyle));
      return (stroke as (...x: unknown[]) => void).apply(this, a);
    } as typeof stroke;
  });
  await page.goto('/?fn=ravine&noise=1&step=5000&opt=sgd,momentum,nesterov,adam');
  await expect(page.getByRole('img', { name: 'Loss surface' })).toBeVisible();
  await expect
    .poll(() =>
      page.evaluate(() => (window as unknown as { idleLines: string[][] }).idleLines.length),
    )
    .toBeGreaterThanOrEqual(4);
  const perCallback = await page.evaluate(
    () => (window as unknown as { idleLines: string[][] }).idleLines,
  );
  expect(new Set(perCallback.flat()).size).toBe(4);
  for (const lines of perCallback) expect(lines).toHaveLength(1);
});
