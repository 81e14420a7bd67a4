// Interaction 1: β slider event → next paint, driven by real key presses and a real mouse drag.
//
// Two measurements of the same events, both in the page, and one of the work behind them:
//   - Event Timing, for key presses (the figure): PerformanceObserver({ type: 'event',
//     durationThreshold: 16 }), `duration` of each `keydown` entry on the slider = keydown
//     timestamp → the next paint presented (the input event and the app's update run inside the
//     keydown's default action). Chromium rounds durations to 8 ms and reports only entries
//     ≥ 16 ms, so a key press with no entry took ≤ 8 ms (rounded) and is counted as 8 ms; "over
//     16.7 ms" = entries of 24 ms or more. Chromium does not time `input` or `pointermove` events
//     with Event Timing, so a drag has no Event Timing figure.
//   - After-paint, for key presses and the drag: for each `input` event on the slider, the
//     timestamp of the keydown/pointermove that caused it → the task after the next
//     requestAnimationFrame (a MessageChannel message queued from rAF runs after that frame's
//     paint on the main thread). Exact, and it includes the wait for the frame that Chromium
//     imposes on pointermove (rAF-aligned input), but not compositing/presentation, which Event
//     Timing includes — so it reads a little lower than Event Timing for the same event.
//   - Main-thread time per drag move: CDP Performance.getMetrics' TaskDuration (the renderer
//     main thread's tasks, summed) from the press to 300 ms after the release, over the moves;
//     and over the moves only, press to last move: the first includes the anatomy's update once
//     the drag settles (~1.5–2 ms a move with 4 runs), the second is what the frames carry.
//     Not a latency, but steadier on this noisy machine, and what decides how late the moves get
//     once the machine is slow (a move every ~20 ms, and ~20 ms of work a move, leave no slack).
// Two floors, measured run by run beside the app: the bare page (one range input) and the plot
// floor (a range input whose every input strokes two 1000-step paths on a plot-sized canvas; see
// lib.mjs), i.e. what redrawing the plot at all costs on this machine.
import {
  FRAME,
  RUNS,
  BARE,
  PLOT_FLOOR,
  BASE,
  freshPage,
  median,
  percentile,
  runsShown,
  sleep,
} from './lib.mjs';

export const PRESSES = 80;
const KEY_GAP = 30; // ms between key presses (a keyboard's auto-repeat is ~30 Hz)
const MOVE_GAP = 16; // ms between mouse moves (a 60 Hz mouse)

/** Installed before any page script: records slider events both ways. */
function sliderProbe() {
  const probe = { keys: 0, inputs: 0, paint: [], plot: [], et: [], armed: false, plotSince: NaN };
  window.__sliderProbe = probe;
  const isSlider = (t) =>
    t instanceof HTMLInputElement && t.type === 'range' && t.dataset.bench === 'slider';
  new PerformanceObserver((list) => {
    for (const e of list.getEntries())
      if (probe.armed && e.name === 'keydown' && isSlider(e.target)) probe.et.push(e.duration);
  }).observe({ type: 'event', durationThreshold: 16, buffered: false });
  let cause = NaN;
  const onCause = (e) => {
    if (!probe.armed || !isSlider(e.target)) return;
    if (e.type === 'keydown') probe.keys++;
    cause = e.timeStamp;
  };
  for (const type of ['keydown', 'pointerdown', 'pointermove'])
    document.addEventListener(type, onCause, true);
  document.addEventListener(
    'input',
    (e) => {
      if (!probe.armed || !isSlider(e.target)) return;
      probe.inputs++;
      const t0 = Number.isNaN(cause) ? e.timeStamp : cause;
      if (Number.isNaN(probe.plotSince)) probe.plotSince = t0;
      requestAnimationFrame(() => {
        const ch = new MessageChannel();
        ch.port1.onmessage = () => probe.paint.push(performance.now() - t0);
        ch.port2.postMessage(0);
      });
    },
    true,
  );
}

/**
 * Armed with the probe: when the plot's overlay changes (a run's marker moves with its path, in
 * the same commit as the canvas's paint), the time from the oldest input not yet answered → the
 * task after the next paint. This is what a person waits for to see the plot move; it equals the
 * after-paint figure when the slider and the plot update in one frame. (The readout and the
 * legend follow a paint later, by design, so they are not the plot's signal.)
 */
function watchPlot() {
  const probe = window.__sliderProbe;
  const overlay = document.querySelector('.plot-panel svg.plot-svg');
  if (!overlay) return;
  new MutationObserver(() => {
    const t0 = probe.plotSince;
    if (Number.isNaN(t0)) return;
    probe.plotSince = NaN;
    requestAnimationFrame(() => {
      const ch = new MessageChannel();
      ch.port1.onmessage = () => probe.plot.push(performance.now() - t0);
      ch.port2.postMessage(0);
    });
  }).observe(overlay, { subtree: true, childList: true, characterData: true, attributes: true });
}

/**
 * The renderer's main thread's busy time so far, ms: CDP `Performance.getMetrics`'s TaskDuration
 * (every task, script or rendering, summed; the wall time of each).
 */
async function taskTime(cdp) {
  const { metrics } = await cdp.send('Performance.getMetrics');
  return 1000 * (metrics.find((m) => m.name === 'TaskDuration')?.value ?? NaN);
}

async function drive(page, how) {
  let work = NaN;
  let moving = NaN;
  const slider = page.getByRole('slider', { name: /β/ });
  await slider.waitFor();
  await slider.evaluate((el) => (el.dataset.bench = 'slider'));
  await sleep(1000); // let load-time work settle
  await page.evaluate(watchPlot);
  await page.evaluate(() => (window.__sliderProbe.armed = true));
  if (how === 'keys') {
    await slider.focus();
    for (let i = 0; i < PRESSES; i++) {
      await page.keyboard.press(i < PRESSES / 2 ? 'ArrowRight' : 'ArrowLeft');
      await sleep(KEY_GAP);
    }
  } else {
    const box = await slider.boundingBox();
    const y = box.y + box.height / 2;
    const x = (i) => box.x + box.width * (0.1 + (0.8 * i) / PRESSES);
    await page.mouse.move(x(0), y);
    const cdp = await page.context().newCDPSession(page);
    await cdp.send('Performance.enable');
    const before = await taskTime(cdp);
    await page.mouse.down();
    for (let i = 1; i <= PRESSES; i++) {
      await page.mouse.move(x(i), y);
      await sleep(MOVE_GAP);
    }
    moving = (await taskTime(cdp)) - before;
    await page.mouse.up();
    await sleep(300); // the last moves' frames and the readout's catching up
    work = (await taskTime(cdp)) - before;
    await cdp.detach();
  }
  await sleep(1000); // the last events' paints and observer callbacks
  const p = await page.evaluate(() => window.__sliderProbe);
  // Event Timing: the key presses with no entry were under the threshold (≤ 8 ms after rounding).
  const et = how === 'keys' ? [...p.et, ...Array(Math.max(0, p.keys - p.et.length)).fill(8)] : [];
  return {
    n: how === 'keys' ? p.keys : p.inputs,
    inputs: p.inputs,
    p95: percentile(et, 95),
    med: median(et),
    over: how === 'keys' ? p.et.filter((d) => d > FRAME).length : NaN,
    paintP95: percentile(p.paint, 95),
    paintMed: median(p.paint),
    paintOver: p.paint.filter((d) => d > FRAME).length,
    plotP95: p.plot.length ? percentile(p.plot, 95) : NaN,
    plotMed: p.plot.length ? median(p.plot) : NaN,
    // Main-thread time per drag move (press to 300 ms after the release, over PRESSES moves).
    workPerMove: work / PRESSES,
    // The same over the moves only (press to the last move, before the release).
    movingPerMove: moving / PRESSES,
  };
}

async function once(browser, url, how) {
  const { context, page } = await freshPage(browser, sliderProbe);
  await page.goto(url);
  if (url !== BARE && url !== PLOT_FLOOR)
    await page.getByRole('img', { name: /^Loss (surface|curve)$/ }).waitFor();
  const shown = await runsShown(page);
  const r = await drive(page, how);
  await context.close();
  return { ...r, runsShown: shown };
}

const summarise = (rs) => {
  const pick = (k) => median(rs.map((r) => r[k]));
  return {
    p95: pick('p95'),
    med: pick('med'),
    over: pick('over'),
    n: pick('n'),
    inputs: pick('inputs'),
    paintP95: pick('paintP95'),
    paintMed: pick('paintMed'),
    paintOver: pick('paintOver'),
    plotP95: pick('plotP95'),
    plotMed: pick('plotMed'),
    workPerMove: pick('workPerMove'),
    movingPerMove: pick('movingPerMove'),
    runsShown: Math.max(...rs.map((r) => r.runsShown ?? 0)),
  };
};

export const SLIDER_CASES = [
  { key: 'two', url: `${BASE}/?fn=rosenbrock&step=1000`, label: '2 runs' },
  {
    key: 'four',
    url: `${BASE}/?fn=rosenbrock&step=1000&opt=sgd,momentum,nesterov,adam`,
    label: '4 runs',
  },
];

/** Per input method: floor (bare page) and each case, interleaved run by run, medians over RUNS. */
export async function benchSlider(browser) {
  const out = {};
  for (const how of ['keys', 'drag']) {
    const acc = { floor: [], plotFloor: [] };
    for (const c of SLIDER_CASES) acc[c.key] = [];
    for (let i = 0; i < RUNS; i++) {
      acc.floor.push(await once(browser, BARE, how));
      acc.plotFloor.push(await once(browser, PLOT_FLOOR, how));
      for (const c of SLIDER_CASES) acc[c.key].push(await once(browser, c.url, how));
    }
    out[how] = Object.fromEntries(Object.entries(acc).map(([k, rs]) => [k, summarise(rs)]));
  }
  return out;
}
