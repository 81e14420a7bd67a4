import { expect, test, type Page } from '@playwright/test';

/** The standard deviation of a screenshot's pixel brightness, measured in the page's own canvas. */
async function spread(page: Page, png: Buffer): Promise<number> {
  return page.evaluate(async (b64) => {
    const img = new Image();
    img.src = `data:image/png;base64,${b64}`;
    await img.decode();
    const c = document.createElement('canvas');
    c.width = img.width;
    c.height = img.height;
    const ctx = c.getContext('2d')!;
    ctx.drawImage(img, 0, 0);
    const d = ctx.getImageData(0, 0, c.width, c.height).data;
    let s = 0;
    let s2 = 0;
    const n = d.length / 4;
    for (let i = 0; i < d.length; i += 4) {
      const v = (d[i]! + d[i + 1]! + d[i + 2]!) / 3;
      s += v;
      s2 += v * v;
    }
    return Math.sqrt(Math.max(0, s2 / n - (s / n) ** 2));
  }, png.toString('base64'));
}

test('a full-page capture shows every anatomy panel drawn, none blank', async ({ page }) => {
  await page.setViewportSize({ width: 1280, height: 700 });
  await page.goto('/?fn=ravine&step=25');
  const panels = page.locator('.anatomy-panel');
  // The panels mount one per frame, the step table last.
  await expect(page.getByRole('region', { name: 'Step by step' })).toBeVisible();
  const count = await panels.count();
  expect(count).toBeGreaterThan(2);
  const shot = await page.screenshot({ fullPage: true });
  for (let i = 0; i < count; i++) {
    const box = await panels.nth(i).boundingBox();
    if (!box || box.height < 40) continue;
    const clip = await page.screenshot({
      fullPage: true,
      clip: { x: box.x, y: box.y, width: box.width, height: Math.min(box.height, 300) },
    });
    expect(await spread(page, clip), `panel ${i} has content`).toBeGreaterThan(8);
  }
  expect(shot.length).toBeGreaterThan(10_000);
});
