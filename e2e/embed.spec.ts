import { test, expect, expectQuery } from './fixtures';

test('embed=1 shows the plot with compact controls and nothing else', async ({ page }) => {
  await page.setViewportSize({ width: 720, height: 560 });
  await page.goto('/?fn=ravine&embed=1&step=4');
  await expect(page.getByRole('img', { name: 'Loss surface' })).toBeVisible();
  await expect(page.getByText(/^Step \d+$/)).toHaveText('Step 4');
  for (const name of ['Step back', 'Play', 'Reset'])
    await expect(page.getByRole('button', { name })).toBeVisible();
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
