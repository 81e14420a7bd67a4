import { expect, test } from '@playwright/test';

// The preview server sends the build's text assets as compressed at build time (x.js.br next to
// x.js), not gzipped on the fly for every load (that cost the first plot ~30 ms here).
test('the entry chunk comes precompressed with brotli, byte for byte the built file', async ({
  page,
  request,
}) => {
  await page.goto('/');
  const src = await page.locator('script[type="module"]').first().getAttribute('src');
  expect(src).toMatch(/assets\/index-.*\.js$/);
  const url = new URL(src!, page.url()).href;
  const packed = await request.get(url, { headers: { 'Accept-Encoding': 'br, gzip' } });
  expect(packed.status()).toBe(200);
  expect(packed.headers()['content-encoding']).toBe('br');
  expect(packed.headers()['vary']).toContain('Accept-Encoding');
  const gz = await request.get(url, { headers: { 'Accept-Encoding': 'gzip' } });
  expect(gz.headers()['content-encoding']).toBe('gzip');
  const plain = await request.get(url, { headers: { 'Accept-Encoding': 'identity' } });
  expect(plain.headers()['content-encoding']).toBeUndefined();
  // Decoded, every form is the same script.
  const text = await plain.text();
  expect(text.length).toBeGreaterThan(100_000);
  expect(await packed.text()).toBe(text);
  expect(await gz.text()).toBe(text);
  // A conditional request for what the browser has is answered without the body.
  const again = await request.get(url, {
    headers: { 'Accept-Encoding': 'br', 'If-None-Match': packed.headers()['etag'] ?? '' },
  });
  expect(again.status()).toBe(304);
});
