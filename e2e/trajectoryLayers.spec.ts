import type { Page } from '@playwright/test';
import { test, expect } from './fixtures';

/**
 * The trajectory canvas's pixels, and how many are painted. A β drag copies in kept pictures of
 * the runs that do not read β (runLayers), so the picture must match one painted whole.
 */
async function trajectoryPixels(page: Page): Promise<{ data: Buffer; painted: number }> {
  const { b64, painted } = await page.locator('canvas.trajectory-canvas').evaluate((el) => {
    const c = el as HTMLCanvasElement;
    const d = c.getContext('2d')!.getImageData(0, 0, c.width, c.height).data;
    let painted = 0;
    for (let i = 3; i < d.length; i += 4) if ((d[i] ?? 0) > 0) painted++;
    // As base64: a million numbers as a JSON array took seconds to come across.
    let bytes = '';
    for (let i = 0; i < d.length; i += 0x8000)
      bytes += String.fromCharCode(...d.subarray(i, i + 0x8000));
    return { b64: btoa(bytes), painted };
  });
  return { data: Buffer.from(b64, 'base64'), painted };
}

/** Pixels whose channels differ by more than `tolerance` (0–255). */
function differing(a: Buffer, b: Buffer, tolerance: number): number {
  let n = 0;
  for (let i = 0; i < a.length; i += 4)
    for (let k = 0; k < 4; k++)
      if (Math.abs((a[i + k] ?? 0) - (b[i + k] ?? 0)) > tolerance) {
        n++;
        break;
      }
  return n;
}

for (const [runs, tolerance, settle] of [
  // SGD under momentum: its kept picture is copied onto a clear canvas, pixel for pixel.
  ['sgd,momentum', 0, 0],
  // Adam over momentum and Nesterov: laying a picture over them rounds like stroking it does,
  // within one or two levels where its halo's edges are translucent.
  ['sgd,momentum,nesterov,adam', 2, 0],
  // Pressed once the page has been still: the pictures of the runs that do not read β were kept
  // ahead (250 ms after the last paint, in idle time), and the first press copies those in.
  ['sgd,momentum', 0, 2000],
  ['sgd,momentum,nesterov,adam', 2, 2000],
] as const) {
  test(`β moved by keys ends with the picture a fresh load of its link paints (${runs}${settle ? ', pressed once still' : ''})`, async ({
    page,
    browser,
  }) => {
    await page.goto(`/?fn=rosenbrock&step=1000&opt=${runs}`);
    await expect(page.getByRole('img', { name: 'Loss surface' })).toBeVisible();
    await page.waitForTimeout(settle);
    const beta = page.getByRole('slider', { name: /β/ });
    await beta.focus();
    const before = await beta.inputValue();
    // Presses a little apart, as a person's: the kept pictures are then made after each paint,
    // as bitmaps, and those are what the later presses copy in.
    for (let i = 0; i < 8; i++) {
      await page.keyboard.press('ArrowRight');
      await page.waitForTimeout(60);
    }
    await expect(beta).not.toHaveValue(before);
    // The link follows once the slider has been still for a moment.
    await expect
      .poll(() => new URL(page.url()).searchParams.get('beta'))
      .toBe(await beta.inputValue());
    await page.waitForTimeout(300);
    const moved = await trajectoryPixels(page);

    const fresh = await browser.newPage({ viewport: page.viewportSize()! });
    await fresh.goto(page.url());
    await expect(fresh.getByRole('img', { name: 'Loss surface' })).toBeVisible();
    await fresh.waitForTimeout(500);
    const whole = await trajectoryPixels(fresh);
    await fresh.close();

    expect(moved.data.length).toBe(whole.data.length);
    expect(whole.painted).toBeGreaterThan(2000);
    expect(differing(moved.data, whole.data, tolerance)).toBe(0);
  });
}
