import { expect, test } from '@playwright/test';

/**
 * What the page shows at one moment: the β slider, the plot's overlay, the readout, the legend,
 * and the caveat under the settings that the lesson is for the preset's defaults.
 */
type Shown = { slider: string; overlay: string; readout: string; legend: string; caveat: string };

type PressFrames = { before: Shown; keyFrame: Shown };

/**
 * Installed before a key press: records what is on the page before it and in the frame that
 * press paints (its requestAnimationFrame, just before that paint), into `window.__pressFrames`
 * (a promise).
 */
function recordPressFrames(): void {
  const shown = (): Shown => ({
    slider:
      document.querySelector<HTMLInputElement>('input[type=range][aria-label="β momentum"]')
        ?.value ?? '',
    overlay: [...document.querySelectorAll('.plot-panel svg.plot-svg path')]
      .map((p) => p.getAttribute('d'))
      .join('|'),
    readout: document.querySelector('.readout table')?.textContent ?? '',
    legend: document.querySelector('.legend')?.textContent ?? '',
    caveat: document.querySelector('[data-testid="lesson-caveat"]')?.textContent ?? '',
  });
  const before = shown();
  (window as unknown as { __pressFrames: Promise<PressFrames> }).__pressFrames = new Promise(
    (resolve) => {
      document.addEventListener(
        'keydown',
        () => requestAnimationFrame(() => resolve({ before, keyFrame: shown() })),
        { capture: true, once: true },
      );
    },
  );
}

test('a β key press paints the slider and the plot in its own frame; readout, legend and the lesson’s caveat follow just after', async ({
  page,
}) => {
  await page.goto('/?fn=rosenbrock&step=1000&opt=sgd,momentum,nesterov,adam');
  const slider = page.getByRole('slider', { name: /β/ });
  await expect(page.getByRole('group', { name: 'Readout numbers' })).toBeVisible();
  await slider.focus();
  await page.evaluate(recordPressFrames);
  await page.keyboard.press('ArrowRight');
  const { before, keyFrame } = await page.evaluate(
    () => (window as unknown as { __pressFrames: Promise<PressFrames> }).__pressFrames,
  );
  // The key's frame: the slider moved and the runs that read β moved on the plot …
  expect(keyFrame.slider).not.toBe(before.slider);
  expect(keyFrame.overlay).not.toBe(before.overlay);
  // … while the text beside the plot waits for a task of its own after that paint.
  expect(keyFrame.readout).toBe(before.readout);
  expect(keyFrame.legend).toBe(before.legend);
  // The first tick away from the defaults adds the caveat, a new line that moves the rest of the
  // settings panel: its layout is not the key's either (it made the first press ~40 ms, not ~24).
  expect(before.caveat).toBe('');
  expect(keyFrame.caveat).toBe('');
  // Just after (MIRROR_DELAY_MS past that paint; the browser may run its timer a frame or two
  // later still) they show the new β's numbers, and the caveat.
  await expect(page.locator('.readout table').first()).not.toHaveText(before.readout);
  await expect(page.locator('.legend')).toContainText(`β = ${keyFrame.slider}`);
  await expect(page.getByTestId('lesson-caveat')).toHaveText(
    /lesson above is for the preset defaults/,
  );
});

test('Pause stops the step read beside the plot in the click’s own frame', async ({ page }) => {
  await page.goto('/?fn=rosenbrock&eta=0.00001&speed=10000');
  await expect(page.getByText(/^Step \d+$/)).toHaveText('Step 0');
  await page.getByRole('button', { name: 'Play' }).click();
  await expect(page.getByText(/^Step \d+$/)).not.toHaveText('Step 0');
  await page.waitForTimeout(300);
  // The readout's step in the frame the click paints, and three frames later.
  await page.evaluate(() => {
    (window as unknown as { __steps: Promise<[string, string]> }).__steps = new Promise(
      (resolve) => {
        const step = () => document.querySelector('.readout .step-label')?.textContent ?? '';
        document.addEventListener(
          'click',
          () =>
            requestAnimationFrame(() => {
              const clickFrame = step();
              requestAnimationFrame(() =>
                requestAnimationFrame(() =>
                  requestAnimationFrame(() => resolve([clickFrame, step()])),
                ),
              );
            }),
          { capture: true, once: true },
        );
      },
    );
  });
  await page.getByRole('button', { name: 'Pause' }).click();
  const [clickFrame, later] = await page.evaluate(
    () => (window as unknown as { __steps: Promise<[string, string]> }).__steps,
  );
  expect(clickFrame).toMatch(/^Step \d+$/);
  expect(later).toBe(clickFrame);
});
