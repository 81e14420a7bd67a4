import { test, expect, expectQuery, query, reference } from './fixtures';
import type { Page } from '@playwright/test';

const QUAD = '/?fn=quadratic&w0=2.5&eta=0.1&beta=0.9';
const ref = reference.cases.find((c) => c.fn === 'quadratic' && c.eta === 0.1 && c.beta === 0.9)!;

/** The "Step N" label's N. */
async function shownStep(page: Page): Promise<number> {
  const text = await page.getByText(/^Step \d+$/).textContent();
  return Number(text?.replace('Step ', ''));
}

/** The β^k terms table (for assistive tech) as rows of cell texts. */
async function termRows(page: Page): Promise<string[][]> {
  const table = page
    .getByRole('region', { name: 'β^k weights' })
    .getByRole('table', { name: /β\^k terms of momentum/ });
  return table
    .locator('tbody tr')
    .evaluateAll((trs) =>
      trs.map((tr) => [...tr.querySelectorAll('th, td')].map((c) => c.textContent ?? '')),
    );
}

/** Reads a number as the app prints it (− for minus). */
const num = (s: string | undefined | null) => Number((s ?? '').replace('−', '-'));

const rel = (a: number, b: number) => Math.abs(a - b) / Math.max(Math.abs(b), 1e-12);

test('the β^k panel shows the terms η·β^k·g and m_t of the reference run at step 3', async ({
  page,
}) => {
  await page.goto(`${QUAD}&step=3`);
  const panel = page.getByRole('region', { name: 'β^k weights' });
  await expect(panel).toBeVisible();
  const m3 = ref.rows[3]!.m[0]!;
  expect(m3).toBe(0.9950000000000001);
  await expect(panel.getByTestId('momentum-m')).toHaveText('0.995');
  await expect(panel.getByTestId('total-weight')).toHaveText('2.71');
  await expect(panel.getByText('10 steps')).toBeVisible();

  const rows = await termRows(page);
  expect(rows).toHaveLength(3);
  let sum = 0;
  for (let k = 0; k < 3; k++) {
    const [kCell, weight, term, running] = rows[k]!;
    const expected = ref.eta * ref.beta ** k * ref.rows[2 - k]!.grad[0]!;
    sum += expected;
    expect(num(kCell)).toBe(k);
    expect(rel(num(weight), ref.beta ** k)).toBeLessThan(1e-5);
    expect(rel(num(term), expected)).toBeLessThan(1e-5);
    expect(rel(num(running), sum)).toBeLessThan(1e-5);
  }
  expect(rel(sum, m3)).toBeLessThan(1e-12);
  // SGD's m_3 is its own single newest term: η·g_2 of the SGD run (w_2 = 1.6, g = 3.2).
  await expect(panel.getByTestId('sgd-m')).toHaveText('0.32');

  // The equation panel typesets the same numbers once KaTeX has loaded.
  const eq = page.getByRole('region', { name: 'The update, with numbers' });
  await expect(eq.locator('.katex').first()).toBeVisible();
  await expect(eq.locator('.tex-fallback')).toHaveCount(0);
  await expect(eq.getByTestId('eq-momentum-m')).toContainText('0.995');
  await expect(eq.getByTestId('eq-unrolled')).toContainText('0.405');
});

test('KaTeX stays out of the first load and arrives as its own chunk', async ({ page }) => {
  const requests: string[] = [];
  page.on('request', (r) => requests.push(r.url()));
  await page.goto(`${QUAD}&step=1`);
  const preloads = await page
    .locator('link[rel="modulepreload"], script[type="module"]')
    .evaluateAll((els) => els.map((e) => e.getAttribute('href') ?? e.getAttribute('src') ?? ''));
  expect(preloads.some((h) => /katex/i.test(h))).toBe(false);
  await expect(page.locator('.katex').first()).toBeVisible();
  expect(requests.some((u) => /katex.*\.js$/.test(u))).toBe(true);
});

test('Step back goes back one step and the panel follows', async ({ page }) => {
  await page.goto(`${QUAD}&step=3`);
  await page.getByRole('button', { name: 'Step back' }).click();
  await expect(page.getByText(/^Step \d+$/)).toHaveText('Step 2');
  await expect(page.getByTestId('momentum-m')).toHaveText('0.85');
  expect(await termRows(page)).toHaveLength(2);
  await expectQuery(page, 'step', '2');
});

test('the Timeline scrubber moves the step by keyboard, once per key, and the URL follows', async ({
  page,
}) => {
  await page.goto(`${QUAD}&step=3`);
  const timeline = page.getByRole('slider', { name: 'Timeline' });
  await timeline.focus();
  await page.keyboard.press('ArrowRight');
  await expect(page.getByText(/^Step \d+$/)).toHaveText('Step 4');
  await expectQuery(page, 'step', '4');
  await page.keyboard.press('ArrowLeft');
  await page.keyboard.press('ArrowLeft');
  await expect(page.getByText(/^Step \d+$/)).toHaveText('Step 2');
  // Home on the slider is the slider's (its minimum), not a second action from the shortcuts.
  await page.keyboard.press('Home');
  await expect(page.getByText(/^Step \d+$/)).toHaveText('Step 0');
  await expectQuery(page, 'step', '0');
});

test('keys: Space plays and pauses, → steps, ← steps back, Home resets', async ({ page }) => {
  await page.goto(`${QUAD}&step=5`);
  await expect(page.getByText(/^Step \d+$/)).toHaveText('Step 5');
  // Start from the page itself, not from a control.
  await page.locator('h1').click();
  await page.keyboard.press('ArrowRight');
  await expect(page.getByText(/^Step \d+$/)).toHaveText('Step 6');
  await page.keyboard.press('ArrowLeft');
  await page.keyboard.press('ArrowLeft');
  await expect(page.getByText(/^Step \d+$/)).toHaveText('Step 4');
  await expectQuery(page, 'step', '4');

  await page.keyboard.press(' ');
  await expect(page.getByRole('button', { name: 'Pause' })).toBeVisible();
  await page.waitForTimeout(400);
  await page.keyboard.press(' ');
  await expect(page.getByRole('button', { name: 'Play' })).toBeVisible();
  const after = await shownStep(page);
  expect(after).toBeGreaterThan(4);
  await page.waitForTimeout(300);
  expect(await shownStep(page)).toBe(after);

  await page.keyboard.press('Home');
  await expect(page.getByText(/^Step \d+$/)).toHaveText('Step 0');
  await expectQuery(page, 'step', '0');
});

test('Space on a focused button clicks it once, and keys do nothing while typing', async ({
  page,
}) => {
  await page.goto(`${QUAD}&step=2`);
  await page.getByRole('button', { name: 'Step', exact: true }).focus();
  await page.keyboard.press(' ');
  await expect(page.getByText(/^Step \d+$/)).toHaveText('Step 3');
  await expect(page.getByRole('button', { name: 'Play' })).toBeVisible();

  const box = page.getByRole('textbox', { name: /β value/ });
  await box.focus();
  await page.keyboard.press('ArrowLeft');
  await page.keyboard.press('Home');
  await page.keyboard.press(' ');
  await expect(page.getByText(/^Step \d+$/)).toHaveText('Step 3');
  await expect(page.getByRole('button', { name: 'Play' })).toBeVisible();
});

test('a click in "Loss by step" jumps to that step and pauses; hover reads t and both losses', async ({
  page,
}) => {
  await page.goto(`${QUAD}&step=0`);
  const chart = page.getByRole('img', { name: 'Loss by step' });
  await expect(chart).toBeVisible();
  await page.getByRole('button', { name: 'Play' }).click();
  const box = (await chart.boundingBox())!;
  await chart.click({ position: { x: box.width * 0.5, y: box.height / 2 } });
  await expect(page.getByRole('button', { name: 'Play' })).toBeVisible();
  const half = await shownStep(page);
  expect(half).toBeGreaterThan(10);
  await expectQuery(page, 'step', String(half));

  await chart.click({ position: { x: box.width * 0.25, y: box.height / 2 } });
  await expect.poll(() => shownStep(page)).toBeLessThan(half);
  const quarter = await shownStep(page);
  expect(Math.abs(quarter - half / 2)).toBeLessThanOrEqual(1);

  await chart.hover({ position: { x: box.width * 0.1, y: 20 } });
  const readout = page.getByTestId('loss-readout');
  await expect(readout).toContainText('(pointer)');
  await expect(readout).toContainText('SGD L =');
  await expect(readout).toContainText('Momentum L =');
});

test('convergence: both runs report their step and the comparison says which needed fewer', async ({
  page,
}) => {
  await page.goto('/?fn=ravine&step=2000');
  const panel = page.getByRole('region', { name: 'Convergence' });
  await expect(panel.getByText(/^converged at step \d+$/)).toHaveCount(2);
  await expect(
    panel.getByText(/^Momentum converged \d+(\.\d)?× faster \(\d+ vs \d+ steps\)\.$/),
  ).toBeVisible();
  await page.goto(`${QUAD}&step=400`);
  // On the plain bowl SGD's rate 0.8 beats momentum's √0.9: the panel says so.
  await expect(
    page.getByRole('region', { name: 'Convergence' }).getByText(/× slower than SGD/),
  ).toBeVisible();
});

test('theory: rates, limits and a warning before η makes a run diverge', async ({ page }) => {
  await page.goto('/?fn=ravine&eta=0.035&beta=0.9');
  const theory = page.getByRole('region', { name: 'Theory' });
  await expect(theory).toContainText('η < 2/λ_max = 0.04');
  await expect(theory).toContainText('(2+2β)/λ_max = 0.076');
  await expect(theory.getByTestId('momentum-rate')).toContainText('ρ = 0.94868');
  await expect(theory.getByRole('img', { name: 'Stable region of η and β' })).toBeVisible();
  await expect(theory.getByText(/within 10% of its limit/)).toHaveCount(0);

  await page.getByRole('textbox', { name: /η value/ }).fill('0.037');
  await page.getByRole('textbox', { name: /η value/ }).press('Enter');
  await expect(theory.getByText(/SGD is within 10% of its limit/)).toBeVisible();
  await page.getByRole('textbox', { name: /η value/ }).fill('0.041');
  await page.getByRole('textbox', { name: /η value/ }).press('Enter');
  await expect(theory.getByText(/SGD diverges/)).toBeVisible();
});

test('the step table windows rows around the step, current row marked, even at step 100000', async ({
  page,
}) => {
  await page.goto('/?fn=quadratic&eta=0.001&step=100000');
  const table = page.getByRole('region', { name: 'Step by step' }).getByRole('table');
  await expect(table.locator('tbody tr')).toHaveCount(21);
  await expect(table.locator('tr[aria-current="step"] th')).toHaveText('100000');
});

test('the tip-to-tail toggle sets terms=1 in the link (2D only)', async ({ page }) => {
  await page.goto('/?fn=ravine&step=12');
  const toggle = page.getByRole('checkbox', { name: /tip to tail/ });
  await toggle.check();
  await expectQuery(page, 'terms', '1');
  await toggle.uncheck();
  await expect.poll(() => query(page).get('terms')).toBeNull();
  await page.goto('/?fn=quadratic');
  await expect(page.getByRole('checkbox', { name: /tip to tail/ })).toHaveCount(0);
});

for (const url of ['/?fn=ravine&step=40', '/?fn=double-well&step=60']) {
  test(`the anatomy panels fit a 390 px phone without sideways scroll: ${url}`, async ({
    page,
  }) => {
    await page.setViewportSize({ width: 390, height: 844 });
    await page.goto(url);
    await expect(page.getByRole('img', { name: 'Loss by step' })).toBeVisible();
    await expect(page.locator('.katex').first()).toBeVisible();
    const overflow = await page.evaluate(
      () => document.documentElement.scrollWidth - document.documentElement.clientWidth,
    );
    expect(overflow).toBeLessThanOrEqual(0);
  });
}

test('with the toggle on, the surface draws the terms tip to tail from w_{t−1} to w_t', async ({
  page,
}) => {
  await page.goto('/?fn=ravine&w0=-9,3&eta=0.035&beta=0.9&step=12&terms=1');
  const chain = page.locator('.surface-svg .tip-to-tail');
  await expect(chain).toHaveCount(1);
  // 12 terms (k = 0 … 11) make 12 legs.
  await expect(chain.locator('line')).toHaveCount(12);
  const area = (await page.getByRole('img', { name: 'Loss surface' }).boundingBox())!;
  const end = await chain
    .locator('circle')
    .last()
    .evaluate((c) => {
      const r = c.getBoundingClientRect();
      return [r.x + r.width / 2, r.y + r.height / 2];
    });
  // w_12 of the reference momentum run, mapped through the axes' domain x ∈ [−10, 10], y ∈ [−5, 5].
  const ravine = reference.cases.find((c) => c.fn === 'ravine' && c.beta === 0.9)!;
  const [x, y] = ravine.rows[12]!.w as [number, number];
  const sx = area.x + ((x + 10) / 20) * area.width;
  const sy = area.y + ((5 - y) / 10) * area.height;
  expect(Math.abs(end[0]! - sx)).toBeLessThan(1.5);
  expect(Math.abs(end[1]! - sy)).toBeLessThan(1.5);
  await page.goto('/?fn=ravine&step=12');
  await expect(page.locator('.surface-svg .tip-to-tail')).toHaveCount(0);
});
