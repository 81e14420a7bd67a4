import type { Page } from '@playwright/test';
import { test, expect } from './fixtures';

/** Links whose update panel holds long lines: 2D vectors, tiny exponents, four runs, divergence. */
const EQUATION_LINKS = [
  '/?fn=ravine&step=20',
  '/?fn=ravine&step=414',
  '/?fn=ravine&step=20&opt=sgd,momentum,nesterov,adam',
  '/?fn=rosenbrock&step=300&opt=momentum,nesterov,adam,rmsprop',
  '/?fn=beale&step=50&opt=adagrad,adam,nesterov',
  '/?fn=quadratic&eta=1.5&beta=0.9&step=30',
];

/** Waits until KaTeX has typeset the update panel (no plain-text fallback left). */
async function typeset(page: Page): Promise<void> {
  const eq = page.getByRole('region', { name: 'The update, with numbers' });
  await expect(eq.locator('.katex').first()).toBeVisible();
  await expect(eq.locator('.tex-fallback')).toHaveCount(0);
  // FitLine measures after typesetting (ResizeObserver): let it settle.
  await page.waitForTimeout(300);
}

for (const width of [1400, 1280, 390]) {
  test(`equations fit their column or visibly scroll at ${width} px`, async ({ page }) => {
    // Several links, each typeset in idle time: more than the default 30 s on a busy machine.
    test.setTimeout(120_000);
    await page.setViewportSize({ width, height: 900 });
    for (const url of EQUATION_LINKS) {
      await page.goto(url);
      await typeset(page);
      const lines = await page.locator('.equations .eq-scroll').evaluateAll((els) =>
        els.map((el) => {
          const style = getComputedStyle(el);
          return {
            id: `${el.closest('[data-run]')?.getAttribute('data-run')} ${el.getAttribute('data-testid') ?? el.className}`,
            fits: el.scrollWidth <= el.clientWidth + 1,
            scrolls:
              el.classList.contains('eq-overflow') &&
              el.getAttribute('tabindex') === '0' &&
              style.overflowX === 'auto' &&
              style.backgroundImage.includes('gradient'),
          };
        }),
      );
      expect(lines.length).toBeGreaterThan(3);
      const bad = lines.filter((l) => !l.fits && !l.scrolls).map((l) => l.id);
      expect(bad, `${url} at ${width} px`).toEqual([]);
      // And the panel itself never overflows the page.
      const panel = await page.locator('.equations').evaluate((el) => ({
        right: el.getBoundingClientRect().right,
        page: document.documentElement.clientWidth,
      }));
      expect(panel.right).toBeLessThanOrEqual(panel.page + 0.5);
    }
  });
}

test('no e-notation anywhere in typeset math, tiny and huge numbers included', async ({ page }) => {
  test.setTimeout(90_000);
  // The ravine at step 414 has 10⁻³² terms; η = 1.5 makes SGD blow up to ~10⁶.
  for (const url of [
    '/?fn=ravine&step=414&opt=sgd,momentum,nesterov,adam',
    '/?fn=quadratic&eta=1.5&beta=0.9&step=30&opt=sgd,momentum,rmsprop',
  ]) {
    await page.goto(url);
    await typeset(page);
    for (const spelling of ['These notes', 'PyTorch', 'EMA']) {
      await page.getByText(spelling, { exact: true }).click();
      await page.waitForTimeout(300);
      const texts = await page
        .locator('.katex')
        .evaluateAll((els) => els.map((el) => el.textContent ?? ''));
      expect(texts.length).toBeGreaterThan(5);
      const eNotation = texts.filter((t) => /\d\s*e\s*[−+-]?\s*\d/i.test(t));
      expect(eNotation, `${url} ${spelling}`).toEqual([]);
      // Exponents are typeset as × 10^k instead, the negatives with a minus like the positives.
      if (url.includes('414')) expect(texts.join(' ')).toMatch(/−\d(\.\d+)?×10−\d+/);
    }
  }
});

test('at step 0 no panel claims a step was taken (no m₀ = η·g₀)', async ({ page }) => {
  await page.goto('/?fn=ravine&step=0&opt=sgd,momentum,nesterov,adam');
  await typeset(page);
  const text = await page.locator('section.anatomy').innerText();
  expect(text).not.toMatch(/m\s*[₀0]\s*=\s*η\s*·\s*g/);
  expect(text).toMatch(/no step has been taken yet/i);
  const weights = page.getByRole('region', { name: 'β^k weights' });
  await expect(weights.locator('.sgd-line')).toContainText('no step has been taken yet');
  await expect(weights).not.toContainText('η·g');
  // The update panel's numeric lines say m₀ = 0, not a product with a gradient.
  const sgd = await page.getByTestId('eq-sgd-m').locator('annotation').textContent();
  expect(sgd).toBe('m_{0} = 0');
});

test('a click in the loss chart lands on exactly the step its hover shows', async ({ page }) => {
  await page.goto('/?fn=ravine&step=200');
  // Typesetting above the chart moves it: measure once the page has settled.
  await typeset(page);
  const area = page.getByRole('img', { name: 'Loss by step' });
  await area.scrollIntoViewIfNeeded();
  const box = (await area.boundingBox())!;
  const readout = page.getByTestId('loss-readout').locator('b');
  // Fractions chosen to fall between whole pixels, where a click's rounded coordinates differ.
  for (const f of [0.1, 0.333, 0.517, 0.77]) {
    await page.mouse.move(box.x + f * box.width + 0.4, box.y + box.height / 2);
    await expect(page.getByTestId('loss-readout')).toContainText('(pointer)');
    await page.waitForTimeout(100);
    const t = Number(/t = (\d+)/.exec((await readout.textContent()) ?? '')?.[1]);
    await page.mouse.down();
    await page.mouse.up();
    await expect(page.getByText(/^Step \d+$/)).toHaveText(`Step ${t}`);
  }
});

const PRESETS = ['quadratic', 'double-well', 'ravine', 'rosenbrock', 'himmelblau', 'beale'];

test('no raw underscores in visible text outside typeset math, on every preset', async ({
  page,
}) => {
  for (const fn of PRESETS) {
    await page.goto(`/?fn=${fn}&step=5&opt=sgd,momentum,nesterov,adam`);
    await typeset(page);
    const hits = await page.evaluate(() => {
      const out: string[] = [];
      const walker = document.createTreeWalker(document.body, NodeFilter.SHOW_TEXT);
      for (let n = walker.nextNode(); n; n = walker.nextNode()) {
        const el = n.parentElement;
        const text = n.textContent ?? '';
        if (!el || !/[\p{L}\p{N}]_|_[\p{L}\p{N}{]/u.test(text)) continue;
        if (el.closest('.katex, script, style, title, .sr-only, [hidden]')) continue;
        const r = el.getBoundingClientRect();
        if (r.width === 0 && r.height === 0) continue;
        out.push(text.trim().slice(0, 80));
      }
      return out;
    });
    expect(hits, fn).toEqual([]);
  }
  // Nor is the ravine called a bowl.
  await page.goto('/?fn=ravine');
  await expect(page.getByRole('region', { name: 'Theory' })).not.toContainText('bowl');
});

test('after a divergence every panel says its numbers are the last finite ones', async ({
  page,
}) => {
  // SGD at η = 1.5 on L = w² doubles its error each step and blows up at step 19.
  await page.goto('/?fn=quadratic&eta=1.5&beta=0.9&step=30');
  await typeset(page);
  await expect(page.getByTestId('loss-readout')).toContainText('SGD L = diverged at 19');
  await expect(page.getByTestId('eq-sgd-stopped')).toContainText(
    'SGD diverged at step 19: this is its last finite step, 18, not step 30.',
  );
  const weights = page.getByRole('region', { name: 'β^k weights' });
  await expect(weights.locator('.sgd-line')).toContainText('SGD diverged at step 19');
  // The waterfall's SGD row names the row it draws, not the step on screen.
  await expect(weights.locator('.weight-bars')).toContainText('SGD m₁₈');
  await expect(page.getByRole('region', { name: 'Convergence' })).toContainText(
    'diverged at step 19',
  );
  // The step table's row 30 has no SGD numbers, only dashes.
  const row = page.locator('.step-table tr.current');
  await expect(row.locator('th')).toHaveText('30');
  const sgdCells = await row
    .locator('td')
    .evaluateAll((tds) => tds.slice(0, 4).map((td) => td.textContent));
  expect(sgdCells).toEqual(['—', '—', '—', '—']);
});

test('the cloud band: each run’s median and 10–90 % band behind its loss line', async ({
  page,
}) => {
  await page.goto('/?fn=ravine&noise=1&cloud=8&step=300');
  const chart = page.getByRole('region', { name: 'Loss by step' });
  await chart.scrollIntoViewIfNeeded();
  // The worker streams the seeds; the bands arrive once each run's seeds are in.
  await expect(chart.locator('.loss-band')).toHaveCount(2, { timeout: 20_000 });
  await expect(chart.getByTestId('loss-band-note')).toContainText(
    'median (thin line) and 10–90 % band across 8 seeds',
  );
  const bands = await chart.locator('.loss-band').evaluateAll((gs) =>
    gs.map((g) => {
      const [area, median] = [...g.querySelectorAll('path')];
      const svg = (g as SVGElement).ownerSVGElement!;
      const paths = [...svg.querySelectorAll('path')];
      const lineIndex = paths.findIndex((p) => p.getAttribute('stroke-width') === '1.75');
      return {
        run: g.getAttribute('data-run'),
        area: (area?.getAttribute('d') ?? '').length,
        median: (median?.getAttribute('d') ?? '').length,
        opacity: Number(area?.getAttribute('fill-opacity')),
        behind: paths.indexOf(area!) < lineIndex,
        height: area!.getBBox().height,
      };
    }),
  );
  for (const b of bands) {
    expect(b.area).toBeGreaterThan(100);
    expect(b.median).toBeGreaterThan(100);
    expect(b.opacity).toBeLessThan(0.5);
    expect(b.behind).toBe(true);
    expect(b.height).toBeGreaterThan(5);
  }
  expect(bands.map((b) => b.run).sort()).toEqual(['momentum', 'sgd']);
});

/** WCAG contrast of two CSS rgb() colours. */
function contrast(a: string, b: string): number {
  const lum = (c: string) => {
    const [r, g, bl] = (c.match(/[\d.]+/g) ?? ['0', '0', '0']).slice(0, 3).map((v) => {
      const s = Number(v) / 255;
      return s <= 0.03928 ? s / 12.92 : ((s + 0.055) / 1.055) ** 2.4;
    });
    return 0.2126 * r! + 0.7152 * g! + 0.0722 * bl!;
  };
  const [hi, lo] = [lum(a), lum(b)].sort((x, y) => y - x);
  return (hi! + 0.05) / (lo! + 0.05);
}

for (const scheme of ['light', 'dark'] as const)
  test(`β^k panel: "off scale" readable and the value column whole, ${scheme}, 1280 and 390 px`, async ({
    page,
  }) => {
    await page.emulateMedia({ colorScheme: scheme });
    // The ravine at step 20 clips SGD's y bar beside the zero line; η = 1.5 on the bowl clips a
    // long one, labelled inside it.
    for (const url of ['/?fn=ravine&step=20', '/?fn=quadratic&eta=1.5&beta=0.9&step=8'])
      for (const width of [1280, 390]) {
        await page.setViewportSize({ width, height: 900 });
        await page.goto(url);
        const bars = page.locator('.weight-bars');
        await bars.scrollIntoViewIfNeeded();
        const labels = await bars.locator('.wf-clip').evaluateAll((ts) =>
          ts.map((t) => {
            const row = t.closest('.wf-row')!;
            const bar = row.querySelector('.wf-bar')!;
            const panel = t.closest('section')!;
            return {
              text: t.textContent,
              fill: getComputedStyle(t).fill,
              behind: t.classList.contains('wf-clip-out')
                ? getComputedStyle(panel).backgroundColor
                : getComputedStyle(bar).fill,
            };
          }),
        );
        expect(labels.length, `${url} ${width}`).toBeGreaterThan(0);
        for (const l of labels)
          expect(contrast(l.fill, l.behind), `${l.text} ${url} ${width}`).toBeGreaterThanOrEqual(
            4.5,
          );
        // Every value label lies inside the drawing, none cut off at its right edge.
        const clipped = await bars.evaluate((svg) => {
          const right = svg.getBoundingClientRect().right;
          return [...svg.querySelectorAll('.wf-value')]
            .filter((t) => t.getBoundingClientRect().right > right + 0.5)
            .map((t) => t.textContent);
        });
        expect(clipped, `${url} ${width}`).toEqual([]);
      }
  });

test('β^k bars glide for one step taken while paused, never on a slider change or playback', async ({
  page,
}) => {
  await page.goto('/?fn=ravine&step=20');
  const bars = page.locator('.weights-bars');
  const duration = () =>
    bars
      .locator('.wf-bar')
      .first()
      .evaluate((el) => getComputedStyle(el).transitionDuration);
  await expect.poll(duration).toBe('0s');
  await page.getByRole('button', { name: 'Step', exact: true }).click();
  await expect(page.getByText(/^Step \d+$/)).toHaveText('Step 21');
  await expect(bars).toHaveClass(/glide/);
  await expect.poll(duration).toBe('0.18s');
  // A change of β (the slider's number box): the bars jump.
  const betaBox = page.getByRole('textbox', { name: /β value/ });
  await betaBox.fill('0.8');
  await betaBox.press('Enter');
  await expect(bars).not.toHaveClass(/glide/);
  await expect.poll(duration).toBe('0s');
  // Playback: they jump too.
  await page.getByRole('button', { name: 'Step', exact: true }).click();
  await expect(bars).toHaveClass(/glide/);
  await page.getByRole('button', { name: 'Play' }).click();
  await expect(page.getByText(/^Step \d+$/)).not.toHaveText('Step 22');
  await expect(bars).not.toHaveClass(/glide/);
  await page.getByRole('button', { name: 'Pause' }).click();
});
