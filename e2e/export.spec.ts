import { readFileSync } from 'node:fs';
import type { Download, Page } from '@playwright/test';
import { test, expect, exportCsv, parseCsv } from './fixtures';
import { hostPage } from './hostPage';

const FOUR = 'opt=sgd,momentum,nesterov,adam';

async function download(page: Page, button: string, timeout = 30_000): Promise<Download> {
  const [d] = await Promise.all([
    page.waitForEvent('download', { timeout }),
    page.getByRole('button', { name: button, exact: true }).click(),
  ]);
  return d;
}

async function bytes(d: Download): Promise<Buffer> {
  return readFileSync(await d.path());
}

/** The CSS width of the plot's figure (its SVG, the size the exports are drawn at). */
async function plotWidth(page: Page): Promise<number> {
  const box = await page.locator('.plot-panel .plot svg.plot-svg').boundingBox();
  if (!box) throw new Error('no plot');
  return box.width;
}

/** What an exported SVG holds, read by the browser's own XML parser. */
async function inspectSvg(page: Page, text: string) {
  return page.evaluate((svg) => {
    const doc = new DOMParser().parseFromString(svg, 'image/svg+xml');
    const root = doc.documentElement;
    const css = getComputedStyle(document.documentElement);
    const runs = ['sgd', 'momentum', 'nesterov', 'adam', 'rmsprop', 'adagrad'];
    const paths = Array.from(doc.querySelectorAll('path'));
    return {
      error: doc.querySelector('parsererror')?.textContent ?? null,
      tag: root.tagName,
      width: Number(root.getAttribute('width')),
      scripts: doc.querySelectorAll('script, foreignObject').length,
      handlers: Array.from(doc.querySelectorAll('*')).some((e) =>
        Array.from(e.attributes).some((a) => a.name.startsWith('on')),
      ),
      texts: Array.from(doc.querySelectorAll('text')).map((t) => t.textContent ?? ''),
      images: Array.from(doc.querySelectorAll('image')).map((i) =>
        (i.getAttribute('href') ?? '').slice(0, 22),
      ),
      /** Per run colour on the page: its polyline (stroked, several vertices) and step dots. */
      byRun: Object.fromEntries(
        runs.map((id) => {
          const color = css.getPropertyValue(`--${id}`).trim();
          const lines = paths.filter(
            (p) =>
              p.getAttribute('stroke') === color &&
              (p.getAttribute('d') ?? '').split('L').length > 3,
          );
          return [
            id,
            {
              color,
              lines: lines.length,
              dashed: lines.some((p) => p.hasAttribute('stroke-dasharray')),
              dots: paths.filter((p) => p.getAttribute('fill') === color).length,
            },
          ];
        }),
      ),
      usesVars: svg.includes('var(--'),
    };
  }, text);
}

function pngSize(png: Buffer): { width: number; height: number } {
  expect(png.subarray(0, 8).toString('hex')).toBe('89504e470d0a1a0a');
  return { width: png.readUInt32BE(16), height: png.readUInt32BE(20) };
}

test('Save SVG: a real vector picture of the 2D plot with every run, no script', async ({
  page,
}) => {
  await page.goto(`/?fn=ravine&${FOUR}&step=25`);
  await expect(page.getByText(/^Step \d+$/).first()).toHaveText('Step 25');
  const d = await download(page, 'Save SVG');
  expect(d.suggestedFilename()).toBe('heavy-ball-ravine-step25.svg');
  const text = (await bytes(d)).toString('utf8');
  expect(text.startsWith('<?xml')).toBe(true);
  expect(text).not.toMatch(/<script/i);
  const svg = await inspectSvg(page, text);
  expect(svg.error).toBeNull();
  expect(svg.tag).toBe('svg');
  expect(svg.scripts).toBe(0);
  expect(svg.handlers).toBe(false);
  expect(svg.usesVars).toBe(false);
  expect(svg.width).toBe(await plotWidth(page));
  // The contour fill may be an image; everything else is vector.
  expect(svg.images).toEqual(['data:image/png;base64,']);
  for (const id of ['sgd', 'momentum', 'nesterov', 'adam'] as const) {
    expect(svg.byRun[id]!.lines, id).toBeGreaterThanOrEqual(1);
    expect(svg.byRun[id]!.dots, id).toBeGreaterThanOrEqual(1);
  }
  expect(svg.byRun.sgd!.dashed).toBe(true);
  expect(svg.texts).toContain('Step 25');
  expect(svg.texts).toContain('L(x, y) = 0.5x² + 25y²');
  for (const name of ['SGD', 'Momentum', 'Nesterov', 'Adam']) expect(svg.texts).toContain(name);
  expect(svg.texts).toContain('L(x, y), log-spaced levels');
  expect(svg.texts.some((t) => t === '−10')).toBe(true); // an axis tick

  // It renders on its own, without the page's styles or fonts.
  const alone = await page.context().newPage();
  await alone.setContent(`<!doctype html>${text.replace(/^<\?xml[^>]*>/, '')}`);
  const box = await alone.locator('svg').first().boundingBox();
  expect(box?.width).toBe(svg.width);
  await alone.close();
});

test('Save PNG: 2× the plot, for a curve and a surface', async ({ page }) => {
  for (const [fn, step] of [
    ['double-well', 12],
    ['ravine', 25],
  ] as const) {
    await page.goto(`/?fn=${fn}&${FOUR}&step=${step}`);
    await expect(page.getByText(/^Step \d+$/).first()).toHaveText(`Step ${step}`);
    const d = await download(page, 'Save PNG');
    expect(d.suggestedFilename()).toBe(`heavy-ball-${fn}-step${step}.png`);
    const { width, height } = pngSize(await bytes(d));
    expect(width).toBe(2 * (await plotWidth(page)));
    expect(height).toBeGreaterThan(width / 3);
    await expect(page.getByRole('status').filter({ hasText: 'PNG saved' })).toBeVisible();
  }
});

test.describe('dark mode', () => {
  test.use({ colorScheme: 'dark' });

  test('the exports show the dark page as it is on screen', async ({ page }) => {
    await page.goto(`/?fn=double-well&step=5`);
    const d = await download(page, 'Save PNG');
    const png = (await bytes(d)).toString('base64');
    // Read a corner pixel back: the dark panel, not white.
    const corner = await page.evaluate(async (b64) => {
      const img = new Image();
      img.src = `data:image/png;base64,${b64}`;
      await img.decode();
      const c = document.createElement('canvas');
      c.width = 4;
      c.height = 4;
      const ctx = c.getContext('2d')!;
      ctx.drawImage(img, 0, 0);
      return Array.from(ctx.getImageData(1, 1, 1, 1).data);
    }, png);
    expect(corner[0]! + corner[1]! + corner[2]!).toBeLessThan(3 * 80);
    const svg = await inspectSvg(page, (await bytes(await download(page, 'Save SVG'))).toString());
    expect(svg.usesVars).toBe(false);
    expect(svg.byRun.sgd!.color).not.toBe('#a65a00'); // dark mode's lighter orange
  });
});

/** Counts the frames (SimpleBlocks, or BlockGroups as MediaRecorder writes) of a WebM's EBML. */
function webmFrames(buf: Buffer): { frames: number; codec: string } {
  const vint = (pos: number, marker: boolean): [number, number] => {
    const b = buf[pos] ?? 0;
    let len = 1;
    let mask = 0x80;
    while (len <= 8 && !(b & mask)) {
      len++;
      mask >>= 1;
    }
    let v = marker ? b : b & (mask - 1);
    for (let i = 1; i < len; i++) v = v * 256 + (buf[pos + i] ?? 0);
    return [v, len];
  };
  const containers = new Set([0x18538067, 0x1f43b675, 0x1654ae6b, 0xae]);
  let frames = 0;
  let codec = '';
  const walk = (start: number, end: number) => {
    for (let p = start; p < end;) {
      const [id, il] = vint(p, true);
      const [size, sl] = vint(p + il, false);
      const body = p + il + sl;
      const stop = size === 2 ** (7 * sl) - 1 ? end : Math.min(end, body + size);
      if (id === 0xa3 || id === 0xa0) frames++;
      else if (id === 0x86) codec = buf.subarray(body, stop).toString();
      else if (containers.has(id)) walk(body, stop);
      p = stop;
    }
  };
  walk(0, buf.length);
  return { frames, codec };
}

test('Record video: a WebM of the descent, frame by frame', async ({ page }) => {
  test.setTimeout(120_000);
  await page.goto(`/?fn=ravine&${FOUR}&step=12`);
  const d = await download(page, 'Record video', 100_000);
  expect(d.suggestedFilename()).toBe('heavy-ball-ravine-step12.webm');
  const webm = await bytes(d);
  expect(webm.subarray(0, 4).toString('hex')).toBe('1a45dfa3');
  expect(webm.length).toBeGreaterThan(20_000);
  const { frames, codec } = webmFrames(webm);
  expect(codec).toMatch(/^V_VP[89]$/);
  // 12 steps at the default 8 steps/s: 1.5 s at 30 fps (46 frames), then 15 frames held.
  expect(frames).toBe(61);
  await expect(page.getByRole('status').filter({ hasText: 'Video saved' })).toBeVisible();
});

/** Counts the images of a GIF by walking its blocks (extensions, image descriptors, trailer). */
function gifFrames(gif: Buffer): number {
  const table = (flags: number) => ((flags & 0x80) !== 0 ? 3 * 2 ** ((flags & 7) + 1) : 0);
  const subBlocks = (p: number) => {
    while ((gif[p] ?? 0) !== 0) p += (gif[p] ?? 0) + 1;
    return p + 1;
  };
  let p = 13 + table(gif[10] ?? 0);
  let images = 0;
  while (p < gif.length && gif[p] !== 0x3b) {
    if (gif[p] === 0x21) p = subBlocks(p + 2);
    else if (gif[p] === 0x2c) {
      images++;
      p = subBlocks(p + 10 + table(gif[p + 9] ?? 0) + 1);
    } else throw new Error(`bad GIF block 0x${(gif[p] ?? 0).toString(16)} at ${p}`);
  }
  return images;
}

test('Record video falls back to MediaRecorder where WebCodecs is missing', async ({ page }) => {
  test.setTimeout(60_000);
  await page.addInitScript(() => {
    delete (window as { VideoEncoder?: unknown }).VideoEncoder;
  });
  await page.goto('/?fn=double-well&step=6');
  const d = await download(page, 'Record video', 45_000);
  expect(d.suggestedFilename()).toBe('heavy-ball-double-well-step6.webm');
  const webm = await bytes(d);
  expect(webm.subarray(0, 4).toString('hex')).toBe('1a45dfa3');
  expect(webmFrames(webm).frames).toBeGreaterThan(10);
});

test('Record GIF: an animated GIF of the same descent', async ({ page }) => {
  test.setTimeout(60_000);
  await page.goto('/?fn=double-well&step=6');
  const d = await download(page, 'Record GIF', 45_000);
  expect(d.suggestedFilename()).toBe('heavy-ball-double-well-step6.gif');
  const gif = await bytes(d);
  expect(gif.subarray(0, 6).toString('latin1')).toBe('GIF89a');
  // 6 steps at 8 steps/s at 15 fps: 11 frames of motion after the first, then 15 held.
  expect(gifFrames(gif)).toBe(12 + 15);
});

test('Record video shows its progress and can be cancelled', async ({ page }) => {
  test.setTimeout(60_000);
  await page.goto(`/?fn=ravine&step=0`);
  let downloaded = false;
  page.on('download', () => (downloaded = true));
  await page.getByRole('button', { name: 'Record video' }).click();
  await expect(page.getByText(/Recording… \d+ %/)).toBeVisible();
  await expect(page.getByRole('button', { name: 'Record video' })).toBeDisabled();
  await page.getByRole('button', { name: 'Cancel' }).click();
  await expect(page.getByRole('status').filter({ hasText: 'Recording cancelled' })).toBeVisible();
  await expect(page.getByRole('button', { name: 'Record video' })).toBeEnabled();
  expect(downloaded).toBe(false);
});

test('Copy LaTeX puts the step’s equations with the numbers on screen on the clipboard', async ({
  page,
  context,
}) => {
  await context.grantPermissions(['clipboard-read', 'clipboard-write']);
  await page.goto(`/?fn=ravine&${FOUR}&step=8`);
  await page.getByRole('button', { name: 'Copy LaTeX' }).click();
  await expect(page.getByRole('status').filter({ hasText: 'LaTeX copied' })).toBeVisible();
  const latex = await page.evaluate(() => navigator.clipboard.readText());
  expect(latex).toContain('\\begin{align*}');
  expect(latex).toContain('\\end{align*}');
  expect(latex).not.toMatch(/\d[eE][+-]?\d/);
  const csv = parseCsv(await exportCsv(page));
  for (const id of ['sgd', 'momentum', 'nesterov', 'adam']) {
    // The run's block: from its title row to the next title row.
    const label = { sgd: 'SGD', momentum: 'Momentum', nesterov: 'Nesterov', adam: 'Adam' }[id]!;
    const block = latex.split('&\\text{').find((b) => b.startsWith(`${label}}`)) ?? '';
    const w = /^w_\{8\} &= .* = \\begin\{pmatrix\} (\S+) \\\\ (\S+) \\end\{pmatrix\}/m.exec(block);
    expect(w, `${id} w_8 row`).not.toBeNull();
    // The same numbers as the readout shows ("−" there, "-" in TeX)…
    const shown = await page.locator(`td[data-run="${id}"][data-field="w"]`).textContent();
    expect(`(${w![1]}, ${w![2]})`.replace(/-/g, '−')).toBe(shown);
    // …and, rounded, the CSV's full-precision ones.
    const row = csv.rows.find((r) => r.optimizer === id && r.t === '8')!;
    expect(Number(w![1])).toBeCloseTo(Number(row.x), 3);
    expect(Number(w![2])).toBeCloseTo(Number(row.y), 3);
  }
});

test('Copy LaTeX shows the text to copy by hand when the clipboard is refused', async ({
  page,
}) => {
  await page.addInitScript(() => {
    Object.defineProperty(navigator.clipboard, 'writeText', {
      value: () => Promise.reject(new DOMException('denied', 'NotAllowedError')),
    });
  });
  await page.goto('/?fn=quadratic&step=3');
  await page.getByRole('button', { name: 'Copy LaTeX' }).click();
  const box = page.getByRole('textbox', { name: 'LaTeX to copy' });
  await expect(box).toBeVisible();
  await expect(box).toHaveJSProperty('readOnly', true);
  expect(await box.inputValue()).toContain('w_{3} &= w_{2} - m_{3}');
});

test('Copy embed code writes the iframe for the view on screen, and it works', async ({
  page,
  context,
}) => {
  await context.grantPermissions(['clipboard-read', 'clipboard-write']);
  await page.goto('/?fn=ravine&step=4&hide=eta');
  await page.getByRole('button', { name: 'Copy embed code' }).click();
  await expect(page.getByRole('status').filter({ hasText: 'Embed code copied' })).toBeVisible();
  const html = await page.evaluate(() => navigator.clipboard.readText());
  expect(html).toMatch(
    /^<iframe src="http:\/\/127\.0\.0\.1:\d+\/\?[^"]*&embed=1[^"]*" title="Heavy Ball: SGD vs\. Momentum on Ravine" width="720" height="560" style="border:0"><\/iframe>$/,
  );
  const src = new URL(/src="([^"]*)"/.exec(html)![1]!);
  expect(src.searchParams.get('fn')).toBe('ravine');
  expect(src.searchParams.get('step')).toBe('4');
  expect(src.searchParams.get('hide')).toBe('eta');
  // A page of the teacher's own (no CSP of ours), holding the snippet as copied.
  await hostPage(page, html);
  const frame = page.frameLocator('iframe');
  await expect(frame.getByRole('img', { name: 'Loss surface' })).toBeVisible();
  await expect(frame.getByText(/^Step \d+$/)).toHaveText('Step 4');
  await expect(frame.getByRole('slider', { name: /η/ })).toHaveCount(0);
});
