import { test, expect } from './fixtures';

test('the built page carries a strict CSP and the app works under it with no violation', async ({
  page,
}) => {
  const violations: string[] = [];
  await page.exposeFunction('__reportViolation', (v: string) => violations.push(v));
  await page.addInitScript(() => {
    document.addEventListener('securitypolicyviolation', (e) => {
      (window as unknown as { __reportViolation: (v: string) => void }).__reportViolation(
        `${e.violatedDirective} ${e.blockedURI}`,
      );
    });
  });
  await page.goto('/?fn=ravine&step=5');
  const csp = await page
    .locator('meta[http-equiv="Content-Security-Policy"]')
    .getAttribute('content');
  expect(csp).toBeTruthy();
  expect(csp).not.toContain('unsafe-eval');
  expect(csp).toMatch(/script-src 'self'(;|$)/);
  expect(csp).not.toMatch(/script-src[^;]*unsafe-inline/);

  // Exercise the app: step, play, switch presets (1D and 2D), export; heavy parts load lazily.
  await page.getByRole('button', { name: 'Step', exact: true }).click();
  await page.getByRole('button', { name: 'Play' }).click();
  await page.waitForTimeout(600);
  await page.getByRole('button', { name: 'Pause' }).click();
  await page.getByRole('combobox', { name: 'Loss' }).selectOption('double-well');
  await page.getByRole('button', { name: 'Step', exact: true }).click();
  await page.getByRole('combobox', { name: 'Loss' }).selectOption('beale');
  await Promise.all([
    page.waitForEvent('download'),
    page.getByRole('button', { name: 'Export CSV' }).click(),
  ]);
  await page.waitForTimeout(1000);
  expect(violations).toEqual([]);
});
