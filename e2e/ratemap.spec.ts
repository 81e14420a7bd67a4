import type { Locator, Page } from '@playwright/test';
import { test, expect, expectQuery, query } from './fixtures';

/** The ravine: L = 0.5x² + 25y², Hessian eigenvalues 1 and 50; the map spans η ∈ [0.01/50, 10/50]. */
const RAVINE = [1, 50];
const LO = 0.01 / 50;
const HI = 10 / 50;

/** Heavy ball's rate along λ, from the roots of z² − (1 + β − ηλ)z + β, written out afresh. */
function heavyBallRate(eta: number, beta: number, lambda: number): number {
  const b = 1 + beta - eta * lambda;
  const disc = b * b - 4 * beta;
  if (disc < 0) return Math.sqrt(beta);
  const s = Math.sqrt(disc);
  return Math.max(Math.abs((b + s) / 2), Math.abs((b - s) / 2));
}

const rate = (eta: number, beta: number) =>
  Math.max(...RAVINE.map((l) => heavyBallRate(eta, beta, l)));

/** Holds the page's idle callbacks until pumpIdle runs them (call before the page loads). */
async function holdIdleCallbacks(page: Page): Promise<void> {
  await page.addInitScript(() => {
    const held: IdleRequestCallback[] = [];
    const w = window as unknown as { pumpIdle: () => number };
    window.requestIdleCallback = (cb) => held.push(cb);
    w.pumpIdle = () => {
      const due = held.splice(0);
      for (const cb of due) cb({ didTimeout: false, timeRemaining: () => 50 });
      return due.length;
    };
  });
}

/** Runs the idle callbacks held so far, with 50 ms of idle time each. */
async function pumpIdle(page: Page): Promise<void> {
  await page.evaluate(() => (window as unknown as { pumpIdle: () => number }).pumpIdle());
}

async function mapOf(page: Page): Promise<Locator> {
  // Typesetting in the panels around the map moves it: measure once the page has settled.
  const eq = page.getByRole('region', { name: 'The update, with numbers' });
  await expect(eq.locator('.katex').first()).toBeVisible();
  await expect(eq.locator('.tex-fallback')).toHaveCount(0);
  await page.waitForTimeout(200);
  const map = page.getByRole('img', { name: 'Rate map' });
  await map.scrollIntoViewIfNeeded();
  await expect(map).toBeVisible();
  return map;
}

const num = (s: string) => Number(s.replace('−', '-'));

test('a click on the Rate map sets η and β to the point clicked', async ({ page }) => {
  await page.goto('/?fn=ravine');
  const map = await mapOf(page);
  const box = (await map.boundingBox())!;
  const fx = 0.3;
  const fy = 0.4;
  await map.click({ position: { x: fx * box.width, y: fy * box.height } });
  const eta = LO * (HI / LO) ** fx;
  const beta = 0.999 * (1 - fy);
  await expect.poll(() => Number(query(page).get('eta'))).toBeGreaterThan(0);
  await expect
    .poll(() => Math.abs(Number(query(page).get('eta')) / eta - 1), { timeout: 3000 })
    // Half a pixel is ~1 % of η on a 3-decade axis, and η is kept to 3 significant digits.
    .toBeLessThan(0.02);
  await expect
    .poll(() => Math.abs(Number(query(page).get('beta')) - beta), { timeout: 3000 })
    .toBeLessThan(0.003);
  // The sliders' number boxes follow.
  await expect(page.getByRole('textbox', { name: /β value/ })).toHaveValue(
    query(page).get('beta') ?? '',
  );
});

test('hovering the Rate map reads η, β, ρ and the steps to shrink the error 10⁶×', async ({
  page,
}) => {
  await page.goto('/?fn=ravine');
  const map = await mapOf(page);
  const box = (await map.boundingBox())!;
  const readout = page.getByTestId('rate-readout');
  await expect(readout).not.toContainText('ρ =');
  await map.hover({ position: { x: 0.55 * box.width, y: 0.3 * box.height } });
  await expect(readout).toContainText('steps to shrink the error 10⁶×');
  const text = (await readout.textContent()) ?? '';
  const m = /η = ([\d.e−-]+), β = ([\d.]+): ρ = ([\d.]+) per step, about ([\d,]+) steps/.exec(text);
  expect(m, text).not.toBeNull();
  const [eta, beta, rho, steps] = [num(m![1]!), num(m![2]!), num(m![3]!), m![4]!];
  expect(Math.abs(rho - rate(eta, beta))).toBeLessThan(1e-4);
  expect(Number(steps.replace(/,/g, ''))).toBe(
    Math.ceil(Math.log(1e-6) / Math.log(rate(eta, beta)) - 1e-9),
  );
  // In the hatched region the readout says it diverges.
  await map.hover({ position: { x: box.width - 3, y: box.height - 3 } });
  await expect(readout).toContainText('diverges');
  await page.mouse.move(0, 0);
  await expect(readout).not.toContainText('ρ =');
});

test('“Use optimal” sets Polyak’s η* and β* for the ravine, marked on the map', async ({
  page,
}) => {
  await page.goto('/?fn=ravine');
  await mapOf(page);
  const theory = page.getByRole('region', { name: 'Theory' });
  await expect(theory.locator('.map-optimal')).toHaveCount(1);
  await theory.getByRole('button', { name: 'Use optimal' }).click();
  const k = Math.sqrt(50);
  const betaStar = ((k - 1) / (k + 1)) ** 2;
  const etaStar = (2 / (Math.sqrt(50) + 1)) ** 2;
  await expect
    .poll(() => Math.abs(Number(query(page).get('eta')) / etaStar - 1), { timeout: 3000 })
    .toBeLessThan(1e-9);
  await expect
    .poll(() => Math.abs(Number(query(page).get('beta')) / betaStar - 1), { timeout: 3000 })
    .toBeLessThan(1e-9);
  // At the optimum momentum's predicted rate is √β* = (√κ − 1)/(√κ + 1).
  await expect(theory.getByTestId('momentum-rate')).toContainText(
    `ρ = ${Number(((k - 1) / (k + 1)).toPrecision(5))} per step`,
  );
});

test('from the keyboard: focus the map, arrows move a cursor, Enter sets η and β', async ({
  page,
}) => {
  await page.goto('/?fn=ravine&eta=0.02&beta=0.5');
  const map = await mapOf(page);
  await map.focus();
  await expect(map).toBeFocused();
  for (let i = 0; i < 3; i++) await page.keyboard.press('ArrowUp');
  await page.keyboard.press('ArrowRight');
  await expect(page.getByTestId('rate-readout')).toContainText('Cursor');
  // Arrows belong to the map: the step did not move.
  await expect(page.getByText(/^Step \d+$/)).toHaveText('Step 0');
  await page.keyboard.press('Enter');
  await expectQuery(page, 'beta', '0.53');
  const eta = Number(query(page).get('eta'));
  expect(eta / (0.02 * 1000 ** (1 / 50)) - 1).toBeLessThan(0.01);
  expect(eta).toBeGreaterThan(0.02);
});

test('the cells reach the boundary curve: the last converging cell of each row touches η = (2+2β)/λmax', async ({
  page,
}) => {
  await page.goto('/?fn=ravine');
  await mapOf(page);
  // The cells are computed in idle time after the panel mounts.
  const canvas = page.locator('.rate-map canvas[data-drawn="true"]');
  const { cols, rows, last } = await canvas.evaluate((el: HTMLCanvasElement) => {
    const ctx = el.getContext('2d')!;
    const { data } = ctx.getImageData(0, 0, el.width, el.height);
    const lastOpaque: number[] = [];
    for (let r = 0; r < el.height; r++) {
      let k = -1;
      for (let i = 0; i < el.width; i++) if ((data[4 * (r * el.width + i) + 3] ?? 0) > 0) k = i;
      lastOpaque.push(k);
    }
    return { cols: el.width, rows: el.height, last: lastOpaque };
  });
  // One cell per ~2 px of the drawn map.
  const box = (await page.getByRole('img', { name: 'Rate map' }).boundingBox())!;
  expect(box.width / cols).toBeLessThanOrEqual(3);
  expect(box.height / rows).toBeLessThanOrEqual(3);
  const etaOf = (i: number) => LO * (HI / LO) ** ((i + 0.5) / cols);
  for (let r = 0; r < rows; r++) {
    const beta = (0.999 * (rows - 1 - r + 0.5)) / rows;
    const limit = (2 + 2 * beta) / 50;
    const i = last[r]!;
    expect(etaOf(i)).toBeLessThan(limit);
    expect(etaOf(i + 1)).toBeGreaterThanOrEqual(limit);
  }
  // The diverging region and both limits are labelled.
  const svg = page.locator('.rate-map svg');
  await expect(svg.getByText('diverges')).toBeVisible();
  await expect(svg.getByText('momentum limit')).toBeVisible();
  await expect(svg.getByText('Nesterov limit')).toBeVisible();
  await expect(page.locator('.rate-legend')).toContainText('log scale of 1 − ρ');
});

test('every run of the list is on the map; adaptive runs say they have no point', async ({
  page,
}) => {
  await page.goto('/?fn=ravine&opt=sgd,momentum,nesterov,adam');
  await mapOf(page);
  const theory = page.getByRole('region', { name: 'Theory' });
  for (const id of ['sgd', 'momentum', 'nesterov'])
    await expect(theory.locator(`.rate-map .map-point[data-run="${id}"]`)).toHaveCount(1);
  await expect(theory.locator('.rate-map .map-point[data-run="adam"]')).toHaveCount(0);
  await expect(theory.getByTestId('theory-adaptive')).toContainText('Adam has no (η, β) point');
});

test('off a quadratic the map uses the Hessian at momentum’s point and follows the step', async ({
  page,
}) => {
  await page.goto('/?fn=rosenbrock&step=20');
  await mapOf(page);
  const caption = page.getByTestId('map-curvature');
  await expect(caption).toContainText('Curvature at Momentum’s w₂₀ = (');
  await expect(caption).toContainText('λ = ');
  const before = await caption.textContent();
  await page.getByRole('button', { name: 'Step', exact: true }).click();
  await expect(caption).toContainText('w₂₁');
  expect(await caption.textContent()).not.toBe(before);
  await expect(page.getByRole('button', { name: 'Use optimal' })).toBeVisible();

  // On the double well's hump (w = 0.1, L″ = −5.88) nothing converges: the panel says why.
  await page.goto('/?fn=double-well&w0=0.1');
  const theory = page.getByRole('region', { name: 'Theory' });
  await expect(theory.getByTestId('map-curvature')).toContainText('not positive definite');
  await expect(theory.getByTestId('theory-indefinite')).toContainText('p(1) = η·λ ≤ 0');
  await expect(theory.getByTestId('theory-indefinite')).toContainText(
    'apply only where the Hessian is positive definite',
  );
  await expect(theory.getByRole('button', { name: 'Use optimal' })).toHaveCount(0);
});

test('the map’s cells are computed in idle time, not in the panel’s mount', async ({ page }) => {
  // Idle callbacks are held until the test runs them: the panel mounts without its cells (the
  // axes, boundary and legend bar are there), and they come once idle time is given.
  await holdIdleCallbacks(page);
  await page.goto('/?fn=ravine');
  const map = page.getByRole('img', { name: 'Rate map' });
  await expect(map).toBeAttached();
  const opaque = () =>
    page.locator('.rate-map canvas').evaluate((el: HTMLCanvasElement) => {
      const { data } = el.getContext('2d')!.getImageData(0, 0, el.width, el.height);
      let n = 0;
      for (let k = 3; k < data.length; k += 4) if ((data[k] ?? 0) > 0) n++;
      return n;
    });
  await page.waitForTimeout(300);
  expect(await opaque()).toBe(0);
  await expect(page.locator('.rate-legend')).toContainText('log scale of 1 − ρ');
  await expect
    .poll(async () => {
      await pumpIdle(page);
      return opaque();
    })
    .toBeGreaterThan(1000);
  await expect(page.locator('.rate-map canvas[data-drawn="true"]')).toBeAttached();
  const whole = await opaque();

  // A map computed once shows at once when the panel mounts it again (here: Rosenbrock's panel
  // follows the step and mounts its own map, then the ravine's comes back), idle time or not.
  const loss = page.getByRole('combobox', { name: 'Loss' });
  await loss.selectOption('rosenbrock');
  await expect(page.getByTestId('map-curvature')).toBeVisible();
  await loss.selectOption('ravine');
  await expect(page.getByTestId('map-curvature')).toHaveCount(0);
  await expect(map).toBeAttached();
  await expect.poll(opaque).toBe(whole);
});

for (const [query, width] of [
  ['/?fn=rosenbrock&step=300&opt=sgd,momentum,nesterov', 1400],
  ['/?fn=ravine', 390],
] as const)
  test(`the legend’s tick labels never overlap (${query}, ${width} px)`, async ({ page }) => {
    await page.setViewportSize({ width, height: 900 });
    await page.goto(query);
    await mapOf(page);
    const labels = page.locator('.rate-legend g g text');
    await expect(labels.first()).toBeVisible();
    const boxes = await labels.evaluateAll((els) =>
      els.map((el) => {
        const r = el.getBoundingClientRect();
        return { text: el.textContent, left: r.left, right: r.right };
      }),
    );
    expect(boxes.length).toBeGreaterThan(1);
    for (let k = 1; k < boxes.length; k++)
      expect(boxes[k]!.left, `${boxes[k - 1]!.text} and ${boxes[k]!.text}`).toBeGreaterThanOrEqual(
        boxes[k - 1]!.right + 2,
      );
  });

test('the limits’ labels keep clear of the optimum’s star and its word (Rosenbrock, step 300)', async ({
  page,
}) => {
  await page.setViewportSize({ width: 1400, height: 900 });
  await page.goto('/?fn=rosenbrock&step=300&opt=sgd,momentum,nesterov');
  await mapOf(page);
  const box = async (selector: string, text?: string) => {
    const el = text
      ? page.locator(selector).filter({ hasText: new RegExp(`^${text}$`) })
      : page.locator(selector);
    const r = await el.first().boundingBox();
    expect(r, `${text ?? selector} is drawn`).not.toBeNull();
    return { name: text ?? selector, ...r! };
  };
  const limits = [await box('text', 'momentum limit'), await box('text', 'Nesterov limit')];
  const others = [await box('.rate-star'), await box('.map-optimal text', 'optimal')];
  for (const a of limits)
    for (const b of others) {
      const apart =
        a.x + a.width <= b.x ||
        b.x + b.width <= a.x ||
        a.y + a.height <= b.y ||
        b.y + b.height <= a.y;
      expect(apart, `${a.name} clear of ${b.name}: ${JSON.stringify([a, b])}`).toBe(true);
    }
});

test('once a map has been computed, a new curvature’s map is drawn with it, not after idle time', async ({
  page,
}) => {
  // Idle callbacks run only when the test pumps them: the first map needs them, the next does not.
  await holdIdleCallbacks(page);
  await page.goto('/?fn=rosenbrock&step=300');
  const canvas = page.locator('.rate-map canvas');
  await expect
    .poll(async () => {
      await pumpIdle(page);
      return canvas.getAttribute('data-drawn');
    })
    .toBe('true');
  const pixels = () =>
    canvas.evaluate((el: HTMLCanvasElement) => {
      const { data } = el.getContext('2d')!.getImageData(0, 0, el.width, el.height);
      let h = 0;
      for (let k = 0; k < data.length; k++) h = (h * 31 + (data[k] ?? 0)) >>> 0;
      return h;
    });
  const curvature = page.getByTestId('map-curvature');
  const before = { text: await curvature.textContent(), pixels: await pixels() };
  // Twenty steps on: Rosenbrock's curvature at the new point differs, so does its map.
  const step = page.getByRole('button', { name: 'Step', exact: true });
  for (let k = 0; k < 20; k++) await step.click();
  await expect(curvature).not.toHaveText(before.text ?? '');
  // Idle callbacks stay held: without the map computed at once, the old one would stay.
  await expect.poll(pixels, { timeout: 2000 }).not.toBe(before.pixels);
});
