import { test, expect, expectQuery, exportCsv, parseCsv, query, reference } from './fixtures';
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

test('KaTeX’s faces are loaded before the first formula goes on the page (one layout, not one per face)', async ({
  page,
}) => {
  await page.addInitScript(() => {
    const w = window as unknown as { facesAtFirstFormula?: boolean[] };
    new MutationObserver((records, observer) => {
      const added = records.some((r) =>
        [...r.addedNodes].some(
          (n) => n instanceof Element && (n.matches('.katex') || n.querySelector('.katex')),
        ),
      );
      if (!added) return;
      observer.disconnect();
      w.facesAtFirstFormula = [
        '16px KaTeX_Main',
        'italic 16px KaTeX_Math',
        '16px KaTeX_Size2',
        '16px KaTeX_Size3',
      ].map((f) => document.fonts.check(f));
    }).observe(document, { childList: true, subtree: true });
  });
  await page.goto('/?fn=rosenbrock&step=100');
  await expect(page.locator('.katex').first()).toBeVisible();
  const faces = await page.evaluate(
    () => (window as unknown as { facesAtFirstFormula?: boolean[] }).facesAtFirstFormula,
  );
  expect(faces).toEqual([true, true, true, true]);
});

test('KaTeX’s stylesheet and faces start loading before the anatomy’s panels mount (their arrival then lays out a short page)', async ({
  page,
}) => {
  await page.addInitScript(() => {
    const w = window as unknown as { katexCssAtFirstPanel?: boolean };
    new MutationObserver((records, observer) => {
      const added = records.some((r) =>
        [...r.addedNodes].some(
          (n) =>
            n instanceof Element &&
            (n.matches('.anatomy-panel') || n.querySelector('.anatomy-panel')),
        ),
      );
      if (!added) return;
      observer.disconnect();
      w.katexCssAtFirstPanel = [...document.querySelectorAll('link[rel="stylesheet"]')].some((l) =>
        /katex/i.test(l.getAttribute('href') ?? ''),
      );
    }).observe(document, { childList: true, subtree: true });
  });
  await page.goto('/?fn=rosenbrock&step=100');
  await expect(page.locator('.anatomy-panel').first()).toBeAttached();
  const early = await page.evaluate(
    () => (window as unknown as { katexCssAtFirstPanel?: boolean }).katexCssAtFirstPanel,
  );
  expect(early).toBe(true);
});

test('Typeset formulas go on the page a few hundred elements a frame, not a run’s thousands at once', async ({
  page,
}) => {
  // Four runs' formulas are ~6000 elements; 1500 a frame made 40–60 ms frames of style and
  // layout. Per frame, what went in minus its largest formula stays under the budget (300): the
  // last formula taken may overshoot it.
  await page.addInitScript(() => {
    const w = window as unknown as { texFrames: number[][] };
    w.texFrames = [];
    let frame = 0;
    const tick = () => {
      frame++;
      requestAnimationFrame(tick);
    };
    requestAnimationFrame(tick);
    new MutationObserver((records) => {
      for (const r of records)
        for (const n of r.addedNodes) {
          if (!(n instanceof Element) || !n.matches('.katex, .katex-display')) continue;
          (w.texFrames[frame] ??= []).push(1 + n.getElementsByTagName('*').length);
        }
    }).observe(document, { childList: true, subtree: true });
  });
  await page.goto('/?fn=rosenbrock&step=100&opt=sgd,momentum,nesterov,adam');
  const equations = page.getByRole('region', { name: 'The update, with numbers' });
  await expect(equations.locator('.katex').first()).toBeVisible();
  await expect(equations.locator('.tex-fallback')).toHaveCount(0);
  const frames = await page.evaluate(() =>
    (window as unknown as { texFrames: (number[] | null)[] }).texFrames.filter((f) => f !== null),
  );
  const total = frames.flat().reduce((a, b) => a + b, 0);
  expect(total).toBeGreaterThan(3000);
  for (const f of frames) expect(f.reduce((a, b) => a + b, 0) - Math.max(...f)).toBeLessThan(300);
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

// Since a045e3f Space toggles play even on a focused button (keys.spec.ts); it never also clicks it.
test('Space on a focused button toggles play, and keys do nothing while typing', async ({
  page,
}) => {
  await page.goto(`${QUAD}&step=2`);
  await page.getByRole('button', { name: 'Step', exact: true }).focus();
  await page.keyboard.press(' ');
  await expect(page.getByRole('button', { name: 'Pause' })).toBeVisible();
  await page.keyboard.press(' ');
  await expect(page.getByRole('button', { name: 'Play' })).toBeVisible();
  const at = await shownStep(page);

  const box = page.getByRole('textbox', { name: /β value/ });
  await box.focus();
  await page.keyboard.press('ArrowLeft');
  await page.keyboard.press('Home');
  await page.keyboard.press(' ');
  await expect(page.getByText(/^Step \d+$/)).toHaveText(`Step ${at}`);
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
    panel.getByText(/^Momentum converged \d+(\.\d)?× faster than SGD \(\d+ vs \d+ steps\)\.$/),
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
  await expect(theory).toContainText('η < 2/λmax = 0.04');
  await expect(theory).toContainText('(2+2β)/λmax = 0.076');
  await expect(theory.getByTestId('momentum-rate')).toContainText('ρ = 0.94868');
  await expect(theory.getByRole('img', { name: 'Rate map' })).toBeVisible();
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

// ---- A list of runs (issue 8) ----

/** The CSV row of one run at step t, as numbers (optimizer dropped). */
function csvRow(csv: ReturnType<typeof parseCsv>, id: string, t: number): Record<string, number> {
  const row = csv.rows.find((r) => r.optimizer === id && Number(r.t) === t);
  if (!row) throw new Error(`no CSV row for ${id} at t = ${t}`);
  return Object.fromEntries(
    Object.entries(row)
      .filter(([k]) => k !== 'optimizer')
      .map(([k, v]) => [k, Number(v)]),
  );
}

/** A number as the panels print it: 5 significant digits, "−" for minus. */
const shown = (v: number) => String(Number(v.toPrecision(5))).replace('-', '−');
/** A number as the typeset TeX source has it (KaTeX keeps the source in its MathML annotation). */
const inTex = (v: number) => String(Number(v.toPrecision(5)));

/** The first step k with ‖∇L(w_k)‖ < 1e-6 and ‖m_k‖ < 1e-6 in a 2D run's CSV rows (DESIGN §1). */
function convergedAt(csv: ReturnType<typeof parseCsv>, id: string): number | null {
  const rows = csv.rows.filter((r) => r.optimizer === id);
  for (const r of rows) {
    const g = Math.hypot(Number(r.gx), Number(r.gy));
    const m = Math.hypot(Number(r.mx), Number(r.my));
    if (g < 1e-6 && m < 1e-6) return Number(r.t);
  }
  return null;
}

const FOUR = '/?fn=ravine&opt=sgd,momentum,nesterov,adam';
const NAMES = ['SGD', 'Momentum', 'Nesterov', 'Adam'];

test('a 4-run link shows every run in the loss caption, the step table and the convergence summary', async ({
  page,
}) => {
  await page.goto(`${FOUR}&step=25`);
  const csv = parseCsv(await exportCsv(page));
  const caption = page.getByTestId('loss-readout');
  // In opt order, each with its own loss at step 25 (Nesterov diverges at the preset's η).
  await expect(caption.locator('[data-run]')).toHaveCount(4);
  expect(
    await caption.locator('[data-run]').evaluateAll((els) => els.map((e) => e.dataset.run)),
  ).toEqual(['sgd', 'momentum', 'nesterov', 'adam']);
  for (const id of ['sgd', 'momentum', 'adam'])
    await expect(caption.locator(`[data-run="${id}"]`)).toContainText(
      `L = ${shown(csvRow(csv, id, 25).loss!)}`,
    );
  const nesterovRows = csv.rows.filter((r) => r.optimizer === 'nesterov');
  expect(nesterovRows.length).toBeLessThan(26);
  await expect(caption.locator('[data-run="nesterov"]')).toContainText(
    `L = diverged at ${nesterovRows.length}`,
  );

  const table = page.getByRole('region', { name: 'Step by step' }).getByRole('table');
  await expect(table.locator('thead th[scope="colgroup"]')).toHaveText(NAMES);
  const current = table.locator('tr[aria-current="step"] td');
  // w_t, m_t, L per run: Adam's w_25 is the 10th cell.
  const adam = csvRow(csv, 'adam', 25);
  await expect(current.nth(9)).toHaveText(`(${shown(adam.x!)}, ${shown(adam.y!)})`);

  const conv = page.getByRole('region', { name: 'Convergence' });
  await expect(conv.locator('.status-list li')).toHaveText([
    'SGD: running',
    'Momentum: running',
    `Nesterov: diverged at step ${nesterovRows.length}`,
    'Adam: running',
  ]);
  await expect(conv.getByText('No run has converged yet.')).toBeVisible();
});

test('the convergence summary compares every converged run with SGD, in steps the CSV confirms', async ({
  page,
}) => {
  // η = 0.02 keeps Nesterov inside its bound on the ravine (≈ 0.028 at β = 0.7).
  await page.goto(`${FOUR}&eta=0.02&step=1500`);
  const csv = parseCsv(await exportCsv(page));
  const conv = page.getByRole('region', { name: 'Convergence' });
  const steps = Object.fromEntries(
    ['sgd', 'momentum', 'nesterov', 'adam'].map((id) => [id, convergedAt(csv, id)]),
  );
  const sgd = steps.sgd!;
  expect(sgd).not.toBeNull();
  expect(steps.momentum).not.toBeNull();
  expect(steps.nesterov).not.toBeNull();
  const ratio = (k: number) => {
    const r = k < sgd ? sgd / k : k / sgd;
    return r < 9.95 ? r.toFixed(1) : String(Math.round(r));
  };
  const lines: string[] = [];
  for (const [id, name] of [
    ['momentum', 'Momentum'],
    ['nesterov', 'Nesterov'],
    ['adam', 'Adam'],
  ] as const) {
    const k = steps[id] ?? null;
    await expect(conv.locator(`li[data-run="${id}"]`)).toHaveText(
      k === null ? `${name}: running` : `${name}: converged at step ${k}`,
    );
    if (k !== null)
      lines.push(
        `${name} converged ${ratio(k)}× ${k < sgd ? 'faster' : 'slower'} than SGD (${k} vs ${sgd} steps).`,
      );
  }
  await expect(conv.locator('.verdicts li')).toHaveText(lines);
});

test('the adaptive panel shows Adam’s step-scale bars and bias corrections for the step on screen', async ({
  page,
}) => {
  await page.goto('/?fn=ravine&opt=sgd,adam&step=25');
  const panel = page.getByRole('region', { name: 'Adaptive step sizes' });
  await expect(panel).toBeVisible();
  await expect(panel.getByTestId('adam-c1')).toHaveText(shown(1 / (1 - 0.9 ** 25)));
  await expect(panel.getByTestId('adam-c2')).toHaveText(shown(1 / (1 - 0.999 ** 25)));
  // Three bars (|â|, scale, step) per coordinate x and y.
  await expect(panel.locator('svg.adaptive-bars rect.ab-bar')).toHaveCount(6);
  const csv = parseCsv(await exportCsv(page));
  const row = csvRow(csv, 'adam', 25);
  const table = panel.getByTestId('adaptive-table');
  const cells = (key: string) => table.locator(`tbody tr[data-row="${key}"] td`);
  // Rows g, â, ŝ, scale, m, |m|/η; columns x and y. The step m is the CSV's.
  await expect(table.locator('tbody tr th')).toHaveText(['g', 'â', 'ŝ', 'η/(√ŝ+ε)', 'm', '|m|/η']);
  await expect(cells('m')).toHaveText([shown(row.mx!), shown(row.my!)]);
  // The whole table is in view: nothing to scroll sideways.
  const scroll = await table.evaluate((t) => {
    const box = t.parentElement!;
    return box.scrollWidth - box.clientWidth;
  });
  expect(scroll).toBeLessThanOrEqual(0);
  // Adam's first step is η long in every coordinate (â₁ = g, ŝ₁ = g²), whatever the gradient.
  await page.getByRole('button', { name: 'Reset', exact: true }).click();
  await page.getByRole('button', { name: 'Step', exact: true }).click();
  await expect(panel.getByTestId('adam-c1')).toHaveText('10');
  await expect(cells('m-over-eta')).toHaveText(['1', '1']);
  await page.getByRole('button', { name: 'Step back' }).click();
  await expect(panel.getByTestId('adaptive-start')).toContainText('no step has been taken yet');
  // Without an adaptive run there is no such panel.
  await page.goto('/?fn=ravine&step=25');
  await expect(page.getByRole('region', { name: 'Adaptive step sizes' })).toHaveCount(0);
});

test('Spelling: PyTorch writes v_t = m_t/η and EMA v_t = m_t/η′ for the step on screen', async ({
  page,
}) => {
  await page.goto(`${QUAD}&step=3`);
  const eq = page.getByRole('region', { name: 'The update, with numbers' });
  const spelling = eq.getByRole('group', { name: 'Spelling' });
  await expect(spelling.getByRole('radio', { name: 'These notes' })).toBeChecked();
  await expect(eq.getByTestId('eq-momentum-convert')).toHaveCount(0);
  await spelling.getByRole('radio', { name: 'PyTorch' }).check();
  const m3 = ref.rows[3]!.m[0]!;
  const convert = eq.getByTestId('eq-momentum-convert');
  await expect(convert.locator('.katex')).toBeVisible();
  await expect(convert).toContainText(inTex(m3 / ref.eta));
  expect(inTex(m3 / ref.eta)).toBe('9.95');
  // Same w_3 as these notes: w_3 = w_2 − η·v_3.
  await expect(eq.locator('.eq-momentum')).toContainText(inTex(ref.rows[3]!.w[0]!));
  await spelling.getByRole('radio', { name: 'EMA' }).check();
  await expect(convert).toContainText(inTex((m3 * (1 - ref.beta)) / ref.eta));
  await expect(eq.locator('.eq-momentum')).toContainText("\\eta'");

  // 2D, checked against the CSV, and it follows the step on screen.
  await page.goto('/?fn=ravine&step=12');
  const eq2 = page.getByRole('region', { name: 'The update, with numbers' });
  await eq2.getByRole('radio', { name: 'PyTorch' }).check();
  for (const t of [12, 13]) {
    const csv = parseCsv(await exportCsv(page));
    const row = csvRow(csv, 'momentum', t);
    const eta = Number(query(page).get('eta'));
    const c = eq2.getByTestId('eq-momentum-convert');
    await expect(c).toContainText(`v_{${t}}`);
    await expect(c).toContainText(inTex(row.mx! / eta));
    await expect(c).toContainText(inTex(row.my! / eta));
    if (t === 12) await page.getByRole('button', { name: 'Step', exact: true }).click();
  }
});

test('β^k weights: a picker between Momentum and Nesterov, whose terms are look-ahead gradients', async ({
  page,
}) => {
  await page.goto(`${QUAD}&opt=momentum,nesterov&step=4`);
  const panel = page.getByRole('region', { name: 'β^k weights' });
  const picker = panel.getByRole('group', { name: 'Unrolled run' });
  await expect(picker.getByRole('button', { name: 'Momentum' })).toHaveAttribute(
    'aria-pressed',
    'true',
  );
  await picker.getByRole('button', { name: 'Nesterov' }).click();
  await expect(panel.locator('.nesterov-note')).toContainText('look-ahead points');
  const csv = parseCsv(await exportCsv(page));
  const m4 = csvRow(csv, 'nesterov', 4).m!;
  await expect(panel.getByTestId('nesterov-m')).toHaveText(shown(m4));
  const rows = await panel
    .getByRole('table', { name: /β\^k terms of Nesterov/ })
    .locator('tbody tr')
    .evaluateAll((trs) =>
      trs.map((tr) => [...tr.querySelectorAll('td')].map((c) => c.textContent ?? '')),
    );
  expect(rows).toHaveLength(4);
  // The newest term is η·∇L at the look-ahead point w_3 − β·m_3 (L = w², ∇L = 2w).
  const prev = csvRow(csv, 'nesterov', 3);
  const term0 = ref.eta * 2 * (prev.w! - ref.beta * prev.m!);
  expect(rel(num(rows[0]![1]), term0)).toBeLessThan(1e-4);
  expect(rel(num(rows[3]![2]), m4)).toBeLessThan(1e-4);
  // Without SGD, no SGD line; at step 0 nothing claims m₀ = η·g₀.
  await expect(panel.getByTestId('sgd-m')).toHaveCount(0);
  await page.goto(`${QUAD}&step=0`);
  const p0 = page.getByRole('region', { name: 'β^k weights' });
  await expect(p0.locator('.sgd-line')).toHaveText(/SGD m0 = 0: no step has been taken yet/);
  await expect(p0).not.toContainText('η·g');
});

test('theory on the quadratic: Nesterov’s bound and rate beside momentum’s, every run on the map', async ({
  page,
}) => {
  await page.goto(`${QUAD}&opt=sgd,momentum,nesterov,adam`);
  const theory = page.getByRole('region', { name: 'Theory' });
  // λ = 2, η = 0.1, β = 0.9: z² − 1.9·0.8·z + 0.9·0.8 has complex roots of modulus √0.72.
  await expect(theory.getByTestId('nesterov-rate')).toContainText(
    `ρ = ${shown(Math.sqrt(0.72))} per step`,
  );
  await expect(theory.getByTestId('momentum-rate')).toContainText(`ρ = ${shown(Math.sqrt(0.9))}`);
  await expect(theory).toContainText(`(2+2β)/((1+2β)·λmax) = ${shown(3.8 / (2.8 * 2))}`);
  const map = theory.locator('.rate-map');
  for (const id of ['sgd', 'momentum', 'nesterov'])
    await expect(map.locator(`.map-point[data-run="${id}"]`)).toHaveCount(1);
  await expect(map.locator('.map-point[data-run="adam"]')).toHaveCount(0);
  await expect(theory.getByTestId('theory-adaptive')).toContainText(
    'Adam has no (η, β) point on this map',
  );
  // A per-run η moves that run's point and its row: Nesterov at η = 0.65 is within 10% of its limit 0.679.
  await page.goto(`${QUAD}&opt=sgd,nesterov&eta.nesterov=0.65`);
  await expect(
    page.getByRole('region', { name: 'Theory' }).getByText(/Nesterov is within 10% of its limit/),
  ).toBeVisible();
});

test('tip to tail draws Nesterov’s terms when momentum is not shown, and nothing without either', async ({
  page,
}) => {
  await page.goto('/?fn=ravine&eta=0.02&opt=sgd,nesterov&step=12&terms=1');
  const chain = page.locator('.surface-svg .tip-to-tail');
  await expect(chain).toHaveCount(1);
  await expect(chain.locator('line')).toHaveCount(12);
  const csv = parseCsv(await exportCsv(page));
  const w = csvRow(csv, 'nesterov', 12);
  const area = (await page.getByRole('img', { name: 'Loss surface' }).boundingBox())!;
  const end = await chain
    .locator('circle')
    .last()
    .evaluate((c) => {
      const r = c.getBoundingClientRect();
      return [r.x + r.width / 2, r.y + r.height / 2];
    });
  expect(Math.abs(end[0]! - (area.x + ((w.x! + 10) / 20) * area.width))).toBeLessThan(1.5);
  expect(Math.abs(end[1]! - (area.y + ((5 - w.y!) / 10) * area.height))).toBeLessThan(1.5);
  await expect(chain.locator('line').first()).toHaveAttribute('stroke', 'var(--nesterov)');
  await page.goto('/?fn=ravine&opt=sgd,adam&step=12&terms=1');
  await expect(page.getByRole('img', { name: 'Loss surface' })).toBeVisible();
  await expect(page.locator('.surface-svg .tip-to-tail')).toHaveCount(0);
});
