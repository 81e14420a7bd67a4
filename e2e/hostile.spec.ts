import { test, expect } from './fixtures';

/** A small seeded PRNG (mulberry32) so the generated links are the same on every run. */
function prng(seed: number): () => number {
  let a = seed;
  return () => {
    a = (a + 0x6d2b79f5) | 0;
    let t = Math.imul(a ^ (a >>> 15), 1 | a);
    t = (t + Math.imul(t ^ (t >>> 7), 61 | t)) ^ t;
    return ((t ^ (t >>> 14)) >>> 0) / 4294967296;
  };
}

const KEYS = [
  'v',
  'fn',
  'w0',
  'eta',
  'beta',
  'step',
  'speed',
  'terms',
  'embed',
  '__proto__',
  'constructor',
  'prototype',
  'fn[]',
  '',
  'x',
];
const VALUES = [
  '<script>window.__pwned=1</script>',
  '"><img src=x onerror="window.__pwned=1">',
  "'><svg onload=window.__pwned=1>",
  'javascript:window.__pwned=1',
  '${window.__pwned=1}',
  '__proto__',
  'constructor',
  'toString',
  'ravine',
  'quadratic',
  '-9,3',
  '1,2,3',
  ',',
  '',
  ' ',
  '0x10',
  '1e309',
  '-1e309',
  'NaN',
  'Infinity',
  '-0',
  '1e-320',
  '0.9999999999999999',
  '100001',
  '99999.5',
  '%00',
  '%E0%A4%A',
  '%',
  '\u202e\u0000',
  '%ED%A0%80',
  '😀',
  'a'.repeat(2000),
  '9'.repeat(400),
  '1'.repeat(30) + ',' + '2'.repeat(30),
];

function hostileQueries(count: number): string[] {
  const rand = prng(20261128);
  const pick = <T>(xs: readonly T[]) => xs[Math.floor(rand() * xs.length)]!;
  const out: string[] = [];
  for (let i = 0; i < count; i++) {
    const n = 1 + Math.floor(rand() * 6);
    const parts: string[] = [];
    for (let j = 0; j < n; j++) {
      const raw = rand() < 0.5;
      const k = pick(KEYS);
      const v = pick(VALUES);
      parts.push(raw ? `${k}=${v}` : `${encodeURIComponent(k)}=${encodeURIComponent(v)}`);
    }
    if (rand() < 0.1) parts.push(parts[0]!); // repeated keys
    out.push(parts.join(rand() < 0.9 ? '&' : '&&'));
  }
  // Long links, kept under the ~16 KB request-line limit of the preview server (a server limit, not the app's).
  out.push('fn=ravine&' + 'w0=1,1&'.repeat(900));
  out.push('q=' + 'x'.repeat(7000));
  return out;
}

test('eighty hostile links load with no page error and no injected script', async ({ page }) => {
  // Each load now also fetches the lazy anatomy and KaTeX chunks: fewer links, more time each.
  test.setTimeout(300_000);
  const queries = hostileQueries(80);
  await page.goto('/');
  for (const q of queries) {
    await page.goto(`/?${q}`);
    await expect(page.getByText(/^Step \d+$/), q.slice(0, 200)).toBeVisible();
    const state = await page.evaluate(() => ({
      pwned: (window as unknown as { __pwned?: number }).__pwned,
      polluted: ({} as Record<string, unknown>).polluted,
      scripts: document.querySelectorAll('script:not([src])').length,
      imgs: document.querySelectorAll('img[onerror], svg[onload]').length,
    }));
    expect(state, q.slice(0, 200)).toEqual({
      pwned: undefined,
      polluted: undefined,
      scripts: 0,
      imgs: 0,
    });
  }
});

test('notice text from a link is shown as text, never as markup', async ({ page }) => {
  await page.goto('/?fn=quadratic&eta=%3Cimg%20src%3Dx%20onerror%3D%22window.__pwned%3D1%22%3E');
  const notice = page.getByRole('alert').filter({ hasText: 'Ignored' });
  await expect(notice).toContainText('<img src=x onerror="window.__pwned=1">');
  expect(
    await page.evaluate(() => (window as unknown as { __pwned?: number }).__pwned),
  ).toBeUndefined();
  await expect(page.locator('.notices img')).toHaveCount(0);
});

test('a very long bad value is quoted shortened, and the page keeps working', async ({ page }) => {
  await page.goto(`/?fn=ravine&beta=${'7'.repeat(6000)}`);
  const notice = page.getByRole('alert').filter({ hasText: 'Ignored' });
  await expect(notice).toContainText('beta');
  expect((await notice.textContent())!.length).toBeLessThan(400);
  await page.getByRole('button', { name: 'Step', exact: true }).click();
  await expect(page.getByText(/^Step \d+$/)).toHaveText('Step 1');
});
