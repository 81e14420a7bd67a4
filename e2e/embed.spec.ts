import type { Locator, Page } from '@playwright/test';
import { test, expect, expectQuery } from './fixtures';
import { hostPage } from './hostPage';

test('embed=1 shows the plot with compact controls and nothing else', async ({ page }) => {
  await page.setViewportSize({ width: 720, height: 560 });
  await page.goto('/?fn=ravine&embed=1&step=4');
  await expect(page.getByRole('img', { name: 'Loss surface' })).toBeVisible();
  await expect(page.getByText(/^Step \d+$/)).toHaveText('Step 4');
  for (const name of ['Step back', 'Play', 'Reset'])
    await expect(page.getByRole('button', { name, exact: true })).toBeVisible();
  await expect(page.getByRole('slider', { name: /β/ })).toBeVisible();
  await expect(page.getByRole('slider', { name: /η/ })).toBeVisible();
  await expect(page.getByRole('slider', { name: 'Timeline' })).toBeVisible();
  // The full page's extras are gone.
  await expect(page.getByRole('heading', { name: /Heavy Ball/ })).toHaveCount(0);
  await expect(page.getByRole('button', { name: 'Export CSV' })).toHaveCount(0);
  await expect(page.getByRole('img', { name: 'Loss by step' })).toHaveCount(0);
  const overflow = await page.evaluate(
    () => document.documentElement.scrollWidth - window.innerWidth,
  );
  expect(overflow).toBeLessThanOrEqual(0);

  await page.getByRole('button', { name: 'Step', exact: true }).click();
  await expect(page.getByText(/^Step \d+$/)).toHaveText('Step 5');
  await expectQuery(page, 'embed', '1');
  const open = page.getByRole('link', { name: /Open in Heavy Ball/ });
  await expect(open).toHaveAttribute('href', /step=5/);
  expect(await open.getAttribute('href')).not.toContain('embed');
});

test('the page renders inside an iframe with embed=1', async ({ page }) => {
  await page.goto('/?fn=double-well');
  await page.setContent(
    `<!doctype html><iframe src="${new URL('/?fn=double-well&embed=1', page.url()).href}" width="600" height="500" title="Heavy Ball"></iframe>`,
  );
  const frame = page.frameLocator('iframe[title="Heavy Ball"]');
  await expect(frame.getByRole('img', { name: 'Loss curve' })).toBeVisible();
  await frame.getByRole('button', { name: 'Step', exact: true }).click();
  await expect(frame.getByText(/^Step \d+$/)).toHaveText('Step 1');
});

/**
 * Opens the app's embed as a course page would: an iframe of the README's size (720×560), with
 * the README's style="border:0", on a page of its own (served here by the test, without the
 * app's CSP).
 */
async function embedFrame(page: Page, query: string) {
  await page.setViewportSize({ width: 1000, height: 800 });
  await hostPage(
    page,
    `<iframe src="./?${query}&embed=1" width="720" height="560" style="border:0" title="Heavy Ball"></iframe>`,
  );
  return page.frameLocator('iframe[title="Heavy Ball"]');
}

/** An element's box in its own document's viewport (the iframe's), and that viewport's size. */
function boxIn(locator: Locator) {
  return locator.evaluate((el) => {
    const r = el.getBoundingClientRect();
    return { ...r.toJSON(), vw: window.innerWidth, vh: window.innerHeight } as {
      left: number;
      top: number;
      right: number;
      bottom: number;
      height: number;
      vw: number;
      vh: number;
    };
  });
}

for (const fn of ['quadratic', 'ravine', 'himmelblau']) {
  test(`the README's 720×560 iframe shows the plot, Play and β without scrolling (${fn})`, async ({
    page,
  }) => {
    const frame = await embedFrame(page, `fn=${fn}&opt=sgd,momentum,nesterov,adam`);
    const dataArea = frame.getByRole('img', { name: /^Loss (curve|surface)$/ });
    await expect(dataArea).toBeVisible();
    const controls: [string, Locator][] = [
      ['data area', dataArea],
      ['Play', frame.getByRole('button', { name: 'Play' })],
      ['β slider', frame.getByRole('slider', { name: /β/ })],
      ['η slider', frame.getByRole('slider', { name: /η/ })],
      ['Timeline', frame.getByRole('slider', { name: 'Timeline' })],
    ];
    for (const [name, locator] of controls) {
      const b = await boxIn(locator);
      expect([b.vw, b.vh], 'the iframe viewport').toEqual([720, 560]);
      expect(b.left, name).toBeGreaterThanOrEqual(0);
      expect(b.top, name).toBeGreaterThanOrEqual(0);
      expect(b.right, name).toBeLessThanOrEqual(720);
      expect(b.bottom, name).toBeLessThanOrEqual(560);
    }
    // The data area is a real plot, not a sliver.
    expect((await boxIn(dataArea)).height).toBeGreaterThan(200);
    // Nothing to scroll inside the iframe.
    const overflow = await frame.locator('html').evaluate((html) => ({
      y: html.scrollHeight - window.innerHeight,
      x: html.scrollWidth - window.innerWidth,
    }));
    expect(overflow.y).toBeLessThanOrEqual(0);
    expect(overflow.x).toBeLessThanOrEqual(0);
  });
}

test('hide= takes controls out of the embed', async ({ page }) => {
  await page.setViewportSize({ width: 720, height: 560 });
  await page.goto('/?fn=ravine&embed=1&hide=beta');
  await expect(page.getByRole('img', { name: 'Loss surface' })).toBeVisible();
  await expect(page.getByRole('slider', { name: /β/ })).toHaveCount(0);
  await expect(page.getByRole('slider', { name: /η/ })).toBeVisible();
  await expect(page.getByRole('button', { name: 'Play' })).toBeVisible();

  await page.goto('/?fn=ravine&embed=1&hide=eta,playback,speed,timeline,share');
  await expect(page.getByRole('img', { name: 'Loss surface' })).toBeVisible();
  await expect(page.getByRole('slider', { name: /β/ })).toBeVisible();
  await expect(page.getByRole('slider', { name: /η/ })).toHaveCount(0);
  for (const name of ['Play', 'Step', 'Step back', 'Reset'])
    await expect(page.getByRole('button', { name, exact: true })).toHaveCount(0);
  await expect(page.getByRole('combobox', { name: 'Speed' })).toHaveCount(0);
  await expect(page.getByRole('slider', { name: 'Timeline' })).toHaveCount(0);
  await expect(page.getByRole('link', { name: /Open in Heavy Ball/ })).toHaveCount(0);
  // The step on screen still shows.
  await expect(page.getByText(/^Step \d+$/)).toHaveText('Step 0');
});

test('hide=start keeps clicks on the plot from moving w₀', async ({ page }) => {
  await page.setViewportSize({ width: 720, height: 560 });
  await page.goto('/?fn=quadratic&embed=1&hide=start&w0=2.5');
  const area = page.getByRole('img', { name: 'Loss curve' });
  await area.click({ position: { x: 40, y: 40 }, force: true });
  await page.waitForTimeout(400);
  expect(new URL(page.url()).searchParams.get('w0') ?? '2.5').toBe('2.5');
});

test('a bad hide name is ignored with a notice', async ({ page }) => {
  await page.goto('/?fn=ravine&embed=1&hide=beta,bogus');
  await expect(page.getByText(/bogus/)).toBeVisible();
  await expect(page.getByRole('slider', { name: /β/ })).toBeVisible();
});
