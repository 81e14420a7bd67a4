// The earlier detail benchmarks, kept: (a) contours per 2D preset, from the app's own
// performance.measure entries — cold (first view after a page load) and warm (switching to the
// preset in a page that has already drawn another); (b) β change: from a synthetic β slider input
// event until both 1000-step trajectories are recomputed and redrawn (synchronous work), and
// until the next frame has been painted.
import { BASE, RUNS, VIEWPORT, median, ms } from './lib.mjs';
import { PRESETS_2D as PRESETS } from './core.mjs';

/** The app's contour measure for a preset: { duration, detail } or null. */
async function contourEntry(page, fn) {
  const name = `heavy-ball:contours:${fn}`;
  await page.waitForFunction((n) => performance.getEntriesByName(n).length > 0, name);
  return page.evaluate((n) => {
    const e = performance.getEntriesByName(n)[0];
    return { duration: e.duration, detail: e.detail };
  }, name);
}

export async function benchContours(browser) {
  const rows = [];
  for (const fn of PRESETS) {
    const cold = [];
    const warm = [];
    const fill = [];
    let detail = null;
    for (let i = 0; i < RUNS; i++) {
      const context = await browser.newContext({ viewport: VIEWPORT });
      const page = await context.newPage();
      await page.goto(`${BASE}/?fn=${fn}`);
      const c = await contourEntry(page, fn);
      cold.push(c.duration);
      fill.push(
        await page.evaluate(
          () => performance.getEntriesByName('heavy-ball:draw-surface')[0]?.duration ?? NaN,
        ),
      );
      detail = c.detail;
      // Warm: a page that has already contoured another preset switches to this one.
      const other = PRESETS[(PRESETS.indexOf(fn) + 1) % PRESETS.length];
      await page.goto(`${BASE}/?fn=${other}`);
      await contourEntry(page, other);
      await page.getByRole('combobox', { name: 'Loss' }).selectOption(fn);
      warm.push((await contourEntry(page, fn)).duration);
      await context.close();
    }
    rows.push({
      fn,
      grid: detail ? `${detail.nx}×${detail.ny}` : '?',
      levels: detail?.levels,
      cold,
      warm,
      fill,
    });
  }
  return rows;
}

export async function benchBeta(browser) {
  const rows = [];
  // double-well (1D, no surface) is there for comparison: what the rest of the page costs.
  for (const fn of [...PRESETS, 'double-well']) {
    const context = await browser.newContext({ viewport: VIEWPORT });
    const page = await context.newPage();
    await page.goto(`${BASE}/?fn=${fn}&step=1000`);
    await page.getByRole('img', { name: /^Loss (surface|curve)$/ }).waitFor();
    const slider = page.getByRole('slider', { name: /β/ });
    await slider.waitFor();
    await slider.evaluate((el) => el.setAttribute('data-bench', 'beta'));
    const samples = await page.evaluate(async (runs) => {
      const input = document.querySelector('[data-bench="beta"]');
      const set = Object.getOwnPropertyDescriptor(HTMLInputElement.prototype, 'value').set;
      const frame = () => new Promise((r) => requestAnimationFrame(() => r(performance.now())));
      // Resolves after the frame has been painted: a task queued from rAF runs after paint.
      const painted = () =>
        new Promise((r) =>
          requestAnimationFrame(() => {
            const ch = new MessageChannel();
            ch.port1.onmessage = () => r(performance.now());
            ch.port2.postMessage(0);
          }),
        );
      const out = [];
      for (let i = 0; i < runs + 3; i++) {
        await painted();
        const beta = i % 2 ? 0.9 : 0.85 + 0.001 * i;
        const t0 = performance.now();
        set.call(input, String(beta));
        input.dispatchEvent(new Event('input', { bubbles: true }));
        const t1 = performance.now();
        const tFrame = await frame();
        const tPaint = await new Promise((r) => {
          const ch = new MessageChannel();
          ch.port1.onmessage = () => r(performance.now());
          ch.port2.postMessage(0);
        });
        const draw = performance.getEntriesByName('heavy-ball:draw-trajectories')[0];
        const drawn = draw && draw.startTime >= t0 && draw.startTime <= t1;
        // The first few are JIT warm-up; keep the rest.
        if (i >= 3)
          out.push({
            sync: t1 - t0,
            draw: drawn ? draw.duration : NaN,
            frame: tFrame - t0,
            painted: tPaint - t0,
          });
      }
      return out;
    }, RUNS * 3);
    const step = await page.getByText(/^Step \d+$/).textContent();
    rows.push({ fn, step, samples });
    await context.close();
  }
  return rows;
}

/** Prints both tables. */
export async function printDetail(browser) {
  console.log(
    '\n(a) Contours: sample the grid + d3-contour at log-spaced levels, ms (median [min–max])',
  );
  console.log(
    'preset      grid     levels  cold (first view)        warm (preset switch)      canvas fill (first view)',
  );
  const span = (xs) =>
    `${ms(median(xs), 2).padStart(7)} [${ms(Math.min(...xs), 2)}–${ms(Math.max(...xs), 2)}]`;
  for (const r of await benchContours(browser)) {
    console.log(
      `${r.fn.padEnd(11)} ${r.grid.padEnd(8)} ${String(r.levels).padStart(6)}  ${span(r.cold).padEnd(24)} ${span(r.warm).padEnd(25)} ${ms(median(r.fill), 2).padStart(7)}`,
    );
  }
  console.log(
    '\n(b) β change at step 1000 (synthetic input event): recompute the runs and redraw, ms',
  );
  console.log('preset      samples  sync work  (of which canvas draw)  to next frame  to painted');
  for (const r of await benchBeta(browser)) {
    const s = r.samples;
    const col = (k) => ms(median(s.map((x) => x[k])), 2);
    console.log(
      `${r.fn.padEnd(11)} ${String(s.length).padStart(7)}  ${col('sync').padStart(9)}  ${col('draw').padStart(21)}  ${col('frame').padStart(13)}  ${col('painted').padStart(10)}`,
    );
  }
  console.log(
    'sync work = input event → store recompute → React commit → trajectory canvas drawn (layout effect).',
  );
}
