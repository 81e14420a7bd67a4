import { expect, test } from '@playwright/test';

// Four runs, β off its default so the lesson's caveat is already there.
const FOUR_RUNS = '/?fn=rosenbrock&step=1000&opt=sgd,momentum,nesterov,adam&beta=0.8';

// A trace's snapshots would space the moves ~170 ms apart; a person's mouse moves every ~16 ms.
test.use({ trace: 'off' });

test('while β is dragged the readout and legend follow at most every 100 ms, and catch up once it is let go', async ({
  page,
}) => {
  await page.goto(FOUR_RUNS);
  const readout = page.getByRole('region', { name: 'Readout' });
  const legend = page.getByRole('list', { name: 'Legend' });
  await expect(readout).toBeVisible();
  await expect(legend).toContainText('β = 0.8');
  // When the readout's text changed, ms (performance.now), one entry per update.
  await page.evaluate(() => {
    const w = window as unknown as { readoutUpdates: number[] };
    w.readoutUpdates = [];
    const el = document.querySelector('.readout');
    if (!el) throw new Error('no readout');
    new MutationObserver(() => w.readoutUpdates.push(performance.now())).observe(el, {
      subtree: true,
      childList: true,
      characterData: true,
    });
  });
  const updates = () =>
    page.evaluate(() => (window as unknown as { readoutUpdates: number[] }).readoutUpdates);

  const slider = page.getByRole('slider', { name: /β/ });
  const box = (await slider.boundingBox())!;
  const y = box.y + box.height / 2;
  await page.mouse.move(box.x + box.width * 0.3, y);
  await page.mouse.down();
  const from = await page.evaluate(() => performance.now());
  const MOVES = 40;
  for (let i = 1; i <= MOVES; i++) {
    await page.mouse.move(box.x + box.width * (0.3 + (0.4 * i) / MOVES), y);
    await page.waitForTimeout(16);
  }
  const to = await page.evaluate(() => performance.now());
  const during = (await updates()).filter((t) => t >= from && t <= to);
  await page.mouse.up();

  // Forty moves changed β forty times; the readout took a handful of them, 100 ms apart.
  expect(during.length).toBeGreaterThanOrEqual(1);
  expect(during.length).toBeLessThanOrEqual(Math.ceil((to - from) / 100) + 1);
  for (let i = 1; i < during.length; i++)
    expect(during[i]! - during[i - 1]!, `gap before update ${i}`).toBeGreaterThanOrEqual(95);

  // Let go: the legend and the readout show the β the slider ended at.
  const beta = Number(await slider.inputValue());
  expect(beta).not.toBe(0.8);
  await expect(legend).toContainText(`β = ${beta}`);
  const settled = (await updates()).length;
  await page.waitForTimeout(300);
  expect((await updates()).length).toBe(settled);
});
