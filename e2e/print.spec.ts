import type { Page } from '@playwright/test';
import { test, expect } from './fixtures';

// Printing (or saving as PDF) makes a handout: plot, readout and anatomy panels, light colours,
// no controls, nothing clipped or left blank. A4 portrait with 12 mm margins is ~718 CSS px wide.
test.use({ viewport: { width: 718, height: 1000 }, colorScheme: 'dark' });

/** Roles of everything a person operates; on paper none of them may show. */
const CONTROL_ROLES = ['button', 'slider', 'textbox', 'combobox', 'checkbox', 'alert'] as const;

async function controlCount(page: Page): Promise<number> {
  let n = 0;
  // getByRole leaves out what is not rendered (display: none), so this counts visible controls.
  for (const role of CONTROL_ROLES) n += await page.getByRole(role).count();
  return n;
}

/** The computed value of a CSS property of the first element matching `selector`. */
function styleOf(page: Page, selector: string, property: string): Promise<string> {
  return page
    .locator(selector)
    .first()
    .evaluate((el, p) => getComputedStyle(el).getPropertyValue(p), property);
}

test('print shows plot, readout and panels in order, light, with no controls', async ({ page }) => {
  // eta=abc leaves a notice on screen; paper must not carry it.
  await page.goto('/?fn=ravine&step=5&eta=abc');
  await expect(page.getByRole('heading', { name: 'Step 5', exact: true })).toBeVisible();
  await expect(page.getByRole('alert')).toBeVisible();
  // On screen, in dark mode, the page is dark and full of controls: the checks below can fail.
  expect(await controlCount(page)).toBeGreaterThan(8);
  expect(await styleOf(page, 'body', 'background-color')).not.toBe('rgb(255, 255, 255)');
  expect(await styleOf(page, '.anatomy-panel', 'contain')).not.toBe('none');

  await page.emulateMedia({ media: 'print', colorScheme: 'dark' });

  expect(await controlCount(page)).toBe(0);
  await expect(page.getByRole('region', { name: 'Playback' })).toBeHidden();

  const plot = page.getByRole('img', { name: 'Loss surface' });
  const readout = page.getByRole('region', { name: 'Readout' });
  const panels = [
    page.getByRole('region', { name: 'β^k weights' }),
    page.getByRole('region', { name: 'The update, with numbers' }),
    page.getByRole('region', { name: 'Loss by step' }),
    page.getByRole('region', { name: 'Convergence' }),
    page.getByRole('region', { name: 'Theory' }),
    page.getByRole('region', { name: 'Step by step' }),
  ];
  await expect(plot).toBeVisible();
  await expect(readout).toBeVisible();
  await expect(readout.getByRole('heading', { name: 'Step 5', exact: true })).toBeVisible();
  await expect(readout.locator('td[data-run="momentum"][data-field="w"]')).toHaveText(/\d/);
  const tops: number[] = [];
  for (const region of [plot, readout, ...panels]) {
    await expect(region).toBeVisible();
    tops.push((await region.boundingBox())!.y);
  }
  // One column on a portrait page, in reading order (the anatomy grid's stack may share a row).
  expect(tops[0]!).toBeLessThan(tops[1]!);
  expect(tops[1]!).toBeLessThan(tops[2]!);
  expect(tops[2]!).toBeLessThan(tops[7]!);

  // Light paper and ink, although the screen is dark.
  expect(await styleOf(page, 'body', 'background-color')).toBe('rgb(255, 255, 255)');
  expect(await styleOf(page, '.panel', 'background-color')).toBe('rgb(255, 255, 255)');
  expect(await styleOf(page, ':root', 'color')).toBe('rgb(27, 31, 36)');

  // Every panel renders (no content-visibility skipping) and nothing is cut at a panel's edge
  // (no scroller overflowing, no paint containment).
  const skipped = await page
    .locator('.anatomy-panel')
    .evaluateAll(
      (els) => els.filter((el) => getComputedStyle(el).contentVisibility !== 'visible').length,
    );
  expect(skipped).toBe(0);
  const clipped = await page.evaluate(() =>
    [...document.querySelectorAll<HTMLElement>('.panel, .plot-panel, .table-scroll, .eq-scroll')]
      .filter((el) => el.getClientRects().length > 0)
      .filter(
        (el) => el.scrollWidth > el.clientWidth + 1 || getComputedStyle(el).contain !== 'none',
      )
      .map((el) => `${el.className} ${el.scrollWidth}>${el.clientWidth}`),
  );
  expect(clipped).toEqual([]);
});

test('page.pdf() makes a PDF of several pages', async ({ page }) => {
  await page.goto('/?fn=ravine&step=12');
  await expect(page.getByRole('img', { name: 'Loss surface' })).toBeVisible();
  // The anatomy panels mount after the first paint (their own chunk): print once they are in.
  await expect(page.locator('.anatomy-panel').first()).toBeVisible();
  await expect(page.locator('.katex').first()).toBeVisible();
  const pdf = await page.pdf({ format: 'A4', margin: { top: '12mm', bottom: '12mm' } });
  expect(pdf.subarray(0, 5).toString('latin1')).toBe('%PDF-');
  expect(pdf.length).toBeGreaterThan(20_000);
  const pages = pdf.toString('latin1').match(/\/Type\s*\/Page(?!s)/g) ?? [];
  expect(pages.length).toBeGreaterThanOrEqual(2);
});

test('the paths print as vectors in the light palette from a dark screen, over the contour map', async ({
  page,
}) => {
  await page.goto('/?fn=ravine&step=40&opt=sgd,momentum,nesterov,adam');
  await expect(page.getByRole('img', { name: 'Loss surface' })).toBeVisible();
  const canvas = page.locator('canvas.trajectory-canvas');
  const paper = page.locator('svg.print-trajectories');
  // Momentum's line: #56b4e9 on a dark screen (the canvas), #0072b2 on paper.
  const momentum = paper.locator('path[stroke="#0072b2"]');
  await expect(canvas).toBeVisible();
  await expect(paper).toHaveCount(0);

  // Real printing: beforeprint comes while the page still has its screen styles.
  await page.evaluate(() => dispatchEvent(new Event('beforeprint')));
  await expect(momentum).toHaveCount(1);
  // Every run with a line, each over a white halo.
  await expect(paper.locator('path[stroke="#ffffff"][stroke-opacity="0.7"]')).toHaveCount(4);
  expect(await momentum.getAttribute('d')).toMatch(/^M[\d.]+,[\d.]+L/);
  await page.evaluate(() => dispatchEvent(new Event('afterprint')));
  await expect(paper).toHaveCount(0);

  // Print media (as page.pdf() lays the page out), without the events: the canvas, whose
  // repaint would print opaque over the contour map, gives way to the vectors.
  await page.emulateMedia({ media: 'print', colorScheme: 'dark' });
  await expect(momentum).toHaveCount(1);
  await expect(canvas).toBeHidden();
  // What SVG draws (markers, arrows) takes paper's colours too, every run's.
  const nesterov = await page.evaluate(() => {
    const probe = document.body.appendChild(document.createElement('span'));
    probe.style.color = 'var(--nesterov)';
    const color = getComputedStyle(probe).color;
    probe.remove();
    return color;
  });
  expect(nesterov).toBe('rgb(51, 34, 136)');
  await page.emulateMedia({ media: 'screen', colorScheme: 'dark' });
  await expect(paper).toHaveCount(0);
  await expect(canvas).toBeVisible();
});
