// Interaction 2: first plot painted after load (Rosenbrock), from navigation start.
//
// The app marks no "first plot" entry, so an init script polls in a requestAnimationFrame loop
// from the start of the document for the frame in which the plot is there: the element labelled
// "Loss surface" has a non-zero size and a canvas beside it has been drawn (a non-transparent
// pixel at its centre or quarter points; or, if its pixels cannot be read, the app's
// `heavy-ball:draw-surface` measure exists). The figure is the time, since navigation start, of
// the task after that frame's paint (a MessageChannel message queued from the rAF callback).
// Canvas is not a largest-contentful-paint candidate, so LCP cannot be used for it.
// Floor: first-contentful-paint of the bare page (one paragraph and a range input); the same rAF
// poll on the bare page (ready once its input exists) is printed beside it in the detail.
import { RUNS, BARE, BASE, freshPage, median } from './lib.mjs';

function plotProbe() {
  const probe = { frame: NaN, painted: NaN };
  window.__plotProbe = probe;
  const drawn = (canvas) => {
    const { width: w, height: h } = canvas;
    if (w < 2 || h < 2) return false;
    try {
      const ctx = canvas.getContext('2d');
      if (!ctx) return false;
      const pts = [
        [0.5, 0.5],
        [0.25, 0.25],
        [0.75, 0.25],
        [0.25, 0.75],
        [0.75, 0.75],
      ];
      return pts.some(
        ([x, y]) => ctx.getImageData(Math.floor(w * x), Math.floor(h * y), 1, 1).data[3] > 0,
      );
    } catch {
      // e.g. transferred to an OffscreenCanvas: fall back to the app's own measure
      return performance.getEntriesByName('heavy-ball:draw-surface').length > 0;
    }
  };
  const ready = () => {
    // The bare page (floor): ready once its range input is there.
    if (location.pathname.endsWith('/bench-bare.html')) return !!document.querySelector('input');
    const area = document.querySelector('[aria-label="Loss surface"]');
    if (!area) return false;
    const r = area.getBoundingClientRect();
    if (r.width === 0 || r.height === 0) return false;
    const host = area.closest('svg')?.parentElement ?? document;
    return [...host.querySelectorAll('canvas')].some(drawn);
  };
  const tick = (t) => {
    if (!ready()) return requestAnimationFrame(tick);
    probe.frame = t;
    const ch = new MessageChannel();
    ch.port1.onmessage = () => (probe.painted = performance.now());
    ch.port2.postMessage(0);
  };
  requestAnimationFrame(tick);
}

const fcp = () => performance.getEntriesByName('first-contentful-paint')[0]?.startTime ?? NaN;

/** Medians over RUNS fresh page loads: app (figure) and bare page (floor), interleaved. */
export async function benchFirstPlot(browser) {
  const app = [];
  const appFcp = [];
  const contours = [];
  const bare = [];
  const barePoll = [];
  for (let i = 0; i < RUNS; i++) {
    {
      const { context, page } = await freshPage(browser, plotProbe);
      await page.goto(BARE);
      await page.waitForFunction(
        () =>
          performance.getEntriesByName('first-contentful-paint').length > 0 &&
          !Number.isNaN(window.__plotProbe.painted),
      );
      bare.push(await page.evaluate(fcp));
      barePoll.push(await page.evaluate(() => window.__plotProbe.painted));
      await context.close();
    }
    const { context, page } = await freshPage(browser, plotProbe);
    await page.goto(`${BASE}/?fn=rosenbrock`);
    await page.waitForFunction(() => !Number.isNaN(window.__plotProbe.painted), null, {
      timeout: 30_000,
    });
    app.push(await page.evaluate(() => window.__plotProbe.painted));
    appFcp.push(await page.evaluate(fcp));
    // The worker's contours may come after the first paint (the quick raster is painted first).
    await page
      .waitForFunction(
        () => performance.getEntriesByName('heavy-ball:contours:rosenbrock').length > 0,
        null,
        { timeout: 5_000 },
      )
      .catch(() => {});
    contours.push(
      await page.evaluate(
        () => performance.getEntriesByName('heavy-ball:contours:rosenbrock')[0]?.duration ?? NaN,
      ),
    );
    await context.close();
  }
  return {
    figure: median(app),
    floor: median(bare),
    barePoll: median(barePoll),
    appFcp: median(appFcp),
    contours: median(contours),
    all: app,
  };
}
