// Interactions 3 and 4: autoplay at 10000 steps/s, and Pause pressed while playing fast.
//
// Autoplay: after the page has settled, Play is clicked and requestAnimationFrame intervals are
// recorded for PLAY_MS from the click (3 s: at 10000 steps/s Rosenbrock's runs have all
// converged by step 32689, where playback stops by itself, so the window also ends if the button
// reads "Play" again). "Late" = an interval over 1.5 frames (25 ms), i.e. at least one 60 Hz
// frame missed. Long tasks (PerformanceObserver 'longtask', > 50 ms) starting in the same
// window: count and longest. Floor: the bare page running an empty rAF loop as long.
//
// Pause (a fresh page, like the stamina e2e): Play, 1 s later Pause is clicked. In the page,
// the click's event.timeStamp → the paint after the last change of the "Step N" text (a
// MutationObserver; each change queues rAF → MessageChannel and the last such after-paint time
// counts), and → the paint after the button reads "Play"; the figure is the later of the two
// (0 if nothing changed after the click). No floor: the goal is one frame.
import {
  FRAME,
  RUNS,
  BARE,
  BASE,
  freshPage,
  max,
  median,
  percentile,
  runsShown,
  sleep,
} from './lib.mjs';

export const PLAY_MS = 3000;
const PAUSE_AFTER = 1000;
const LATE = 1.5 * FRAME;

function frameProbe() {
  const probe = { frames: [], longtasks: [], armed: false, t0: NaN, stopped: Infinity };
  window.__frameProbe = probe;
  new PerformanceObserver((list) => {
    for (const e of list.getEntries())
      probe.longtasks.push({ start: e.startTime, duration: e.duration });
  }).observe({ type: 'longtask', buffered: true });
  // Frames are recorded from the first rAF after `armed` (set on the Play click, or by the bench).
  let last = NaN;
  const tick = (t) => {
    if (probe.armed) {
      if (!Number.isNaN(last)) probe.frames.push({ t, dt: t - last });
      last = t;
    }
    requestAnimationFrame(tick);
  };
  requestAnimationFrame(tick);
  document.addEventListener(
    'click',
    (e) => {
      const b = e.target instanceof Element ? e.target.closest('button') : null;
      if (b && b.textContent.trim() === 'Play' && !probe.armed) {
        probe.armed = true;
        probe.t0 = e.timeStamp;
        // Playback ending by itself (the button reads "Play" again) closes the window.
        new MutationObserver((_, obs) => {
          if (b.textContent.trim() !== 'Play') return;
          probe.stopped = performance.now();
          obs.disconnect();
        }).observe(b, { subtree: true, childList: true, characterData: true });
      }
    },
    true,
  );
}

/**
 * Installed before Play is clicked. Only a click on the button while it reads "Pause" counts as
 * the press; a click that finds it reading "Play" again (playback ended by itself before the
 * bench's click arrived, on a busy machine) is flagged `late` and not measured.
 */
function pauseProbe() {
  const p = { pressed: NaN, stepPainted: NaN, playPainted: NaN, steps: 0, late: false, at: '' };
  window.__pauseProbe = p;
  const afterPaint = (key) =>
    requestAnimationFrame(() => {
      const ch = new MessageChannel();
      ch.port1.onmessage = () => (p[key] = performance.now());
      ch.port2.postMessage(0);
    });
  const step = document.querySelector('[data-bench="step"]');
  new MutationObserver(() => {
    if (Number.isNaN(p.pressed)) return;
    p.steps++;
    afterPaint('stepPainted');
  }).observe(step, { subtree: true, childList: true, characterData: true });
  const button = document.querySelector('[data-bench="play"]');
  new MutationObserver(() => {
    if (!Number.isNaN(p.pressed) && button.textContent.trim() === 'Play') afterPaint('playPainted');
  }).observe(button, { subtree: true, childList: true, characterData: true });
  let clicks = 0;
  document.addEventListener(
    'click',
    (e) => {
      if (!(e.target instanceof Element && e.target.closest('[data-bench="play"]'))) return;
      if (++clicks !== 2) return; // the first click is Play
      if (button.textContent.trim() !== 'Pause') p.late = true;
      else p.pressed = e.timeStamp;
      p.at = step.textContent;
    },
    true,
  );
}

function frameStats(frames, longtasks, from, to) {
  const dts = frames.filter((f) => f.t >= from && f.t <= to).map((f) => f.dt);
  const lts = longtasks.filter((l) => l.start >= from && l.start <= to).map((l) => l.duration);
  return {
    p95: percentile(dts, 95),
    med: median(dts),
    late: dts.length ? (100 * dts.filter((d) => d > LATE).length) / dts.length : NaN,
    frames: dts.length,
    longtasks: lts.length,
    longest: lts.length ? max(lts) : 0,
  };
}

async function openApp(browser, url) {
  const { context, page } = await freshPage(browser, frameProbe);
  await page.goto(url);
  await page.getByRole('img', { name: /^Loss (surface|curve)$/ }).waitFor();
  const play = page.getByRole('button', { name: 'Play', exact: true });
  await play.evaluate((el) => (el.dataset.bench = 'play'));
  await page
    .getByText(/^Step \d+$/)
    .first()
    .evaluate((el) => (el.dataset.bench = 'step'));
  await sleep(1000); // let load-time work settle
  return { context, page, play, shown: await runsShown(page) };
}

async function autoplayOnce(browser, url) {
  const { context, page, play, shown } = await openApp(browser, url);
  await play.click();
  await sleep(PLAY_MS + 100);
  const f = await page.evaluate(() => window.__frameProbe);
  const step = await page.locator('[data-bench="step"]').textContent();
  await context.close();
  return {
    ...frameStats(f.frames, f.longtasks, f.t0, Math.min(f.t0 + PLAY_MS, f.stopped)),
    window: Math.min(PLAY_MS, f.stopped - f.t0),
    runsShown: shown,
    step,
  };
}

export async function pauseOnce(browser, url) {
  const { context, page, play } = await openApp(browser, url);
  await page.evaluate(pauseProbe);
  await play.click();
  await sleep(PAUSE_AFTER);
  await page.locator('[data-bench="play"]').click(); // now named "Pause"
  await page
    .locator('[data-bench="play"]', { hasText: /^Play$/ })
    .waitFor({ timeout: 15_000 })
    .catch(() => {});
  await sleep(1000); // any later step changes, and the last after-paint callbacks
  const p = await page.evaluate(() => ({
    ...window.__pauseProbe,
    button: document.querySelector('[data-bench="play"]').textContent.trim(),
  }));
  await context.close();
  const since = (t) => (Number.isNaN(t) ? 0 : Math.max(0, t - p.pressed));
  const ok = p.button === 'Play' && !Number.isNaN(p.pressed);
  return {
    pauseStep: ok ? since(p.stepPainted) : NaN,
    pauseButton: ok ? since(p.playPainted) : NaN,
    pause: ok ? Math.max(since(p.stepPainted), since(p.playPainted)) : NaN,
    pauseLate: p.late ? 1 : 0,
    stepChanges: p.steps,
    stepAtPause: p.at,
  };
}

async function floorOnce(browser) {
  const { context, page } = await freshPage(browser, frameProbe);
  await page.goto(BARE);
  await sleep(1000);
  const t0 = await page.evaluate(() => {
    window.__frameProbe.armed = true;
    return performance.now();
  });
  await sleep(PLAY_MS + 100);
  const f = await page.evaluate(() => window.__frameProbe);
  await context.close();
  return frameStats(f.frames, f.longtasks, t0, t0 + PLAY_MS);
}

export const AUTOPLAY_CASES = [
  { key: 'two', url: `${BASE}/?fn=rosenbrock&speed=10000`, label: '2 runs' },
  {
    key: 'four',
    url: `${BASE}/?fn=rosenbrock&speed=10000&opt=sgd,momentum,nesterov,adam`,
    label: '4 runs',
  },
];

/** Floor and each case, interleaved run by run; medians over RUNS. */
export async function benchAutoplay(browser) {
  const acc = { floor: [] };
  for (const c of AUTOPLAY_CASES) acc[c.key] = [];
  for (let i = 0; i < RUNS; i++) {
    acc.floor.push(await floorOnce(browser));
    for (const c of AUTOPLAY_CASES)
      acc[c.key].push({
        ...(await autoplayOnce(browser, c.url)),
        ...(await pauseOnce(browser, c.url)),
      });
  }
  const summarise = (rs) => {
    const keys = Object.keys(rs[0]).filter((k) => typeof rs[0][k] === 'number');
    const out = Object.fromEntries(keys.map((k) => [k, median(rs.map((r) => r[k]))]));
    out.maxLongest = max(rs.map((r) => r.longest));
    out.pauses = rs.map((r) => r.pause);
    out.pausedAt = rs.map((r) => r.stepAtPause);
    out.pauseLate = rs.reduce((n, r) => n + (r.pauseLate ?? 0), 0);
    out.steps = rs.map((r) => r.step);
    return out;
  };
  return Object.fromEntries(Object.entries(acc).map(([k, rs]) => [k, summarise(rs)]));
}
