import { createServer, type Server } from 'node:http';
import type { AddressInfo } from 'node:net';
import { readFile } from 'node:fs/promises';
import { extname, resolve, sep } from 'node:path';
import { fileURLToPath } from 'node:url';
import type { Page } from '@playwright/test';
import { test, expect } from './fixtures';

// The built dist/ served from a sub-path, as a course site or GitHub Pages project page would:
// every URL the build emits must be relative, or the page asks for /assets/… and gets a 404.

const DIST = fileURLToPath(new URL('../dist/', import.meta.url));
const PREFIX = '/course/heavy-ball/';
const TYPES: Record<string, string> = {
  '.html': 'text/html; charset=utf-8',
  '.js': 'text/javascript; charset=utf-8',
  '.css': 'text/css; charset=utf-8',
  '.svg': 'image/svg+xml',
  '.png': 'image/png',
  '.json': 'application/json',
  '.map': 'application/json',
  '.woff2': 'font/woff2',
  '.woff': 'font/woff',
  '.ttf': 'font/ttf',
};

let server: Server;
let origin = '';
/** Every path the server was asked for, to show the app's files really came from the sub-path. */
const served: string[] = [];

test.beforeAll(async () => {
  server = createServer((req, res) => {
    const path = new URL(req.url ?? '/', 'http://x').pathname;
    served.push(path);
    // A static host redirects the bare directory to its slash form; relative URLs need the slash.
    if (path === PREFIX.slice(0, -1)) {
      res.writeHead(301, { location: PREFIX }).end();
      return;
    }
    if (!path.startsWith(PREFIX)) {
      res.writeHead(404).end('not under the sub-path');
      return;
    }
    const rel = decodeURIComponent(path.slice(PREFIX.length)) || 'index.html';
    const file = resolve(DIST, rel);
    if (!file.startsWith(DIST.endsWith(sep) ? DIST : DIST + sep)) {
      res.writeHead(404).end();
      return;
    }
    readFile(file).then(
      (body) => {
        res.writeHead(200, {
          'content-type': TYPES[extname(file)] ?? 'application/octet-stream',
        });
        res.end(body);
      },
      () => res.writeHead(404).end('no such file'),
    );
  });
  await new Promise<void>((done) => server.listen(0, '127.0.0.1', done));
  origin = `http://127.0.0.1:${(server.address() as AddressInfo).port}`;
});

test.afterAll(async () => {
  await new Promise<void>((done) => server.close(() => done()));
});

/** Collects failed requests and HTTP errors (status ≥ 400) for the whole visit. */
function watchRequests(page: Page): string[] {
  const failures: string[] = [];
  page.on('requestfailed', (r) => failures.push(`${r.url()} failed: ${r.failure()?.errorText}`));
  page.on('response', (r) => {
    if (r.status() >= 400) failures.push(`${r.url()} → ${r.status()}`);
  });
  return failures;
}

test('the built app loads and runs under a sub-path with no failed request', async ({ page }) => {
  const failures = watchRequests(page);
  served.length = 0;
  await page.goto(`${origin}${PREFIX}`);
  await expect(page.getByRole('heading', { name: 'Step 0', exact: true })).toBeVisible();
  await expect(page.getByRole('img', { name: /^Loss (curve|surface)$/ })).toBeVisible();
  await expect(page.getByRole('button', { name: 'Play' })).toBeVisible();
  await page.getByRole('button', { name: 'Step', exact: true }).click();
  await expect(page.getByRole('heading', { name: 'Step 1', exact: true })).toBeVisible();
  // The address bar is rewritten with the query but keeps the sub-path.
  await expect.poll(() => new URL(page.url()).pathname).toBe(PREFIX);
  await expect.poll(() => new URL(page.url()).searchParams.get('step')).toBe('1');

  // The favicon is not always fetched by a headless browser: ask for it as a tab would.
  const icon = await page.evaluate(async () => {
    const href = document.querySelector<HTMLLinkElement>('link[rel="icon"]')?.href ?? '';
    return { href, status: (await fetch(href)).status };
  });
  expect(icon).toEqual({ href: `${origin}${PREFIX}favicon.svg`, status: 200 });

  await page.waitForLoadState('networkidle');
  expect(failures, 'failed requests').toEqual([]);
  expect(served.some((p) => /^\/course\/heavy-ball\/assets\/index-[\w-]+\.js$/.test(p))).toBe(true);
  expect(served.filter((p) => !p.startsWith(PREFIX))).toEqual([]);
});

test('a shared link with a query opens under the sub-path, lazy parts included', async ({
  page,
}) => {
  const failures = watchRequests(page);
  served.length = 0;
  await page.goto(`${origin}${PREFIX}?fn=ravine&step=5`);
  await expect(page.getByRole('heading', { name: 'Step 5', exact: true })).toBeVisible();
  await expect(page.getByRole('img', { name: 'Loss surface' })).toBeVisible();
  await expect(page.getByRole('combobox', { name: 'Loss' })).toHaveValue('ravine');
  await expect(page.getByRole('button', { name: 'Play' })).toBeVisible();
  // KaTeX is a lazily imported chunk with its own CSS and fonts: it must resolve from here too.
  await page.getByRole('heading', { name: 'The update, with numbers' }).scrollIntoViewIfNeeded();
  await expect(page.locator('.katex').first()).toBeVisible();
  await page.waitForLoadState('networkidle');
  expect(failures, 'failed requests').toEqual([]);
  expect(served.some((p) => /^\/course\/heavy-ball\/assets\/katex-[\w-]+\.js$/.test(p))).toBe(true);
  expect(served.filter((p) => !p.startsWith(PREFIX))).toEqual([]);
});

test('the server itself answers 404 outside the sub-path', async ({ request }) => {
  // Guards the test above: a build asking for /assets/… would be refused, not quietly served.
  expect((await request.get(`${origin}/index.html`)).status()).toBe(404);
  expect((await request.get(`${origin}${PREFIX}index.html`)).status()).toBe(200);
});
