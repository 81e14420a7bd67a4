// Heavy Ball benchmarks (npm run bench): the four interactions of issue 10, measured in Chromium
// against the production build, each printed beside a floor measured in the same run (a bare
// page with one range input, served by the same server), plus the trajectory cost of 4 runs ×
// 100000 steps (issue 8) and the earlier contour and β-change detail. Numbers are printed, not
// asserted. How each figure is measured is written at the top of its module:
//   slider.mjs     β slider key presses and drag → next paint
//   first-plot.mjs first plot painted after load
//   autoplay.mjs   autoplay frame intervals and long tasks; Pause → playback stopped
//   open.mjs       long tasks while opening heavy links (a 64-seed cloud, step=100000)
//   core.mjs       runTrajectory × 4 (and × 2) to 100000 steps, bundled from src/core
//   contours.mjs   contours per preset and the β change work (detail)
//
// Env: BENCH_RUNS (default 5) runs of each measurement, medians printed; BENCH_PORT (4399);
//      BENCH_DIR (/tmp/heavy-ball-bench) where the app and the core page are built;
//      BENCH_SRC (this checkout) the checkout whose src/ is built, e.g. a git worktree at a
//      known-good commit; BENCH_NO_BUILD=1 reuses the build in BENCH_DIR;
//      BENCH_ONLY=slider,first-plot,autoplay,open,core,detail runs only those sections;
//      BENCH_LOAD=n keeps n busy-loop processes running through the whole run, floors
//      included: a busy hour on this shared machine, made on purpose (each takes a core);
//      CHROMIUM the browser (see scripts/chromium.mjs).
import { spawn } from 'node:child_process';
import { chromium } from '@playwright/test';
import { chromiumLaunchOptions } from '../scripts/chromium.mjs';
import { PLAY_MS, benchAutoplay } from './autoplay.mjs';
import { printDetail } from './contours.mjs';
import { benchCore } from './core.mjs';
import { benchFirstPlot } from './first-plot.mjs';
import { benchOpen } from './open.mjs';
import { FRAME, RUNS, SRC, build, ms, serve, stopServer } from './lib.mjs';
import { PRESSES, benchSlider } from './slider.mjs';

const ONLY = process.env.BENCH_ONLY?.split(',');
const wanted = (name) => !ONLY || ONLY.includes(name);
const ratio = (a, b) => (a > 0 && b > 0 ? `${(a / b).toFixed(1)}×` : '—');
const pct = (x) => (Number.isNaN(x) ? '—' : `${x.toFixed(0)} %`);
const over = (k, n) => `${ms(k, 0)}/${ms(n, 0)} > 16.7 ms`;

/** Summary rows: interaction | figure | floor | ratio | goal. */
const rows = [];
const row = (interaction, figure, floor, r, goal) =>
  rows.push([interaction, figure, floor, r, goal]);

function sliderRows(s) {
  for (const c of ['two', 'four']) {
    const runs = c === 'two' ? '2 runs' : '4 runs (`opt=sgd,momentum,nesterov,adam`)';
    const shown = c === 'four' ? `; app showed ${s.keys[c].runsShown} runs` : '';
    const k = s.keys[c];
    const kf = s.keys.floor;
    const kp = s.keys.plotFloor;
    row(
      `β slider keys → next paint, p95 (Event Timing), Rosenbrock step 1000, ${runs}${shown}`,
      `${ms(k.p95, 0)} ms (median ${ms(k.med, 0)}; ${over(k.over, k.n)})`,
      `${ms(kf.p95, 0)} ms (median ${ms(kf.med, 0)}; ${over(kf.over, kf.n)}); plot floor ${ms(kp.p95, 0)} ms (${over(kp.over, kp.n)})`,
      ratio(k.p95, kf.p95),
      '≤ 16 ms',
    );
    const d = s.drag[c];
    const df = s.drag.floor;
    const dp = s.drag.plotFloor;
    row(
      `β slider drag → next paint, p95 (pointermove → after paint), Rosenbrock step 1000, ${runs}${shown}`,
      `${ms(d.paintP95)} ms (median ${ms(d.paintMed)}; ${over(d.paintOver, d.inputs)})`,
      `${ms(df.paintP95)} ms (median ${ms(df.paintMed)}; ${over(df.paintOver, df.inputs)}); plot floor ${ms(dp.paintP95)} ms`,
      ratio(d.paintP95, df.paintP95),
      '≤ 16 ms',
    );
    // How much of a move's frame the main thread is busy: on a machine this noisy, a steadier
    // figure than latency, and what decides how late the moves get when the machine is slow.
    row(
      `β slider drag: main-thread time per move (CDP TaskDuration, press to release + 300 ms), ${runs}${shown}`,
      `${ms(d.workPerMove)} ms (over the moves only ${ms(d.movingPerMove)} ms)`,
      `${ms(df.workPerMove)} ms (${ms(df.movingPerMove)}); plot floor ${ms(dp.workPerMove)} ms (${ms(dp.movingPerMove)})`,
      ratio(d.workPerMove, df.workPerMove),
      '—',
    );
    // The plot itself, not only the slider's thumb: a frame that painted only the thumb would
    // flatter the two rows above.
    row(
      `β slider keys / drag → plot painted, p95 (input → plot overlay changed → after paint), ${runs}${shown}`,
      `${ms(k.plotP95)} / ${ms(d.plotP95)} ms (medians ${ms(k.plotMed)} / ${ms(d.plotMed)})`,
      '—',
      '—',
      'next frame',
    );
  }
  console.log(
    `\nβ slider, ${PRESSES} key presses / mouse moves per run (medians over ${RUNS} runs)`,
  );
  console.log(
    'case            keys: ET p95  ET median  ET >16.7   after-paint p95  median  >16.7   plot p95  median',
  );
  for (const [k, name] of [
    ['floor', 'bare page'],
    ['plotFloor', 'plot floor'],
    ['two', '2 runs'],
    ['four', '4 runs'],
  ]) {
    const x = s.keys[k];
    console.log(
      `${name.padEnd(15)} ${ms(x.p95, 0).padStart(13)} ${ms(x.med, 0).padStart(10)} ${ms(x.over, 0).padStart(9)}   ${ms(x.paintP95).padStart(15)} ${ms(x.paintMed).padStart(7)} ${ms(x.paintOver, 0).padStart(6)}   ${ms(x.plotP95).padStart(8)} ${ms(x.plotMed).padStart(7)}`,
    );
  }
}

function firstPlotRow(p) {
  row(
    'First plot painted after load, Rosenbrock (rAF poll → after paint, from navigation start)',
    `${ms(p.figure, 0)} ms`,
    `${ms(p.floor, 0)} ms (bare page FCP)`,
    ratio(p.figure, p.floor),
    '≤ 250 ms',
  );
  console.log(
    `\nFirst plot (medians over ${RUNS} loads): painted ${ms(p.figure, 0)} ms (the bare page, same method: ${ms(p.barePoll, 0)} ms); the app's first-contentful-paint ${ms(p.appFcp, 0)} ms; contours measure ${ms(p.contours)} ms; each load: ${p.all.map((x) => ms(x, 0)).join(', ')} ms`,
  );
}

function autoplayRows(a) {
  const f = a.floor;
  const frames = (x) =>
    `${ms(x.p95)} ms (${pct(x.late)} late; long tasks ${ms(x.longtasks, 0)}, longest ${ms(x.longest, 0)} ms)`;
  for (const c of ['two', 'four']) {
    const runs = c === 'two' ? '2 runs' : `4 runs (\`opt=…\`; app showed ${a[c].runsShown} runs)`;
    row(
      `Autoplay frame interval p95, 10000 steps/s, Rosenbrock, ${runs}`,
      frames(a[c]),
      frames(f),
      ratio(a[c].p95, f.p95),
      '16.7 ms, ≤ 2 % late',
    );
  }
  for (const c of ['two', 'four']) {
    const runs = c === 'two' ? '2 runs' : '4 runs (`opt=…`)';
    row(
      `Pause pressed while playing at 10000 steps/s → stopped (click → after paint), ${runs}`,
      `${ms(a[c].pause)} ms`,
      '—',
      '—',
      `≤ ${FRAME.toFixed(1)} ms (1 frame)`,
    );
  }
  console.log(
    `\nAutoplay (medians over ${RUNS} runs; late = interval > ${(1.5 * FRAME).toFixed(1)} ms)`,
  );
  console.log(
    'case        window  frames  median  p95    late  long tasks  longest (max of runs)  step at end',
  );
  for (const [k, name] of [
    ['floor', 'bare page'],
    ['two', '2 runs'],
    ['four', '4 runs'],
  ]) {
    const x = a[k];
    console.log(
      `${name.padEnd(10)} ${ms(x.window ?? PLAY_MS, 0).padStart(7)} ${ms(x.frames, 0).padStart(7)} ${ms(x.med).padStart(7)} ${ms(x.p95).padStart(6)} ${pct(x.late).padStart(6)} ${ms(x.longtasks, 0).padStart(11)} ${ms(x.maxLongest, 0).padStart(22)}  ${(x.steps ?? []).filter(Boolean).join(', ')}`,
    );
  }
  for (const k of ['two', 'four'])
    console.log(
      `Pause, ${k === 'two' ? '2' : '4'} runs: step text stopped ${ms(a[k].pauseStep)} ms, button reads Play ${ms(a[k].pauseButton)} ms after the click (median); each run: ${a[k].pauses.map((x) => ms(x)).join(', ')} ms, pressed at ${a[k].pausedAt.join(', ')}${a[k].pauseLate ? ' (— = playback had already ended when the click arrived; not counted)' : ''}`,
    );
}

function openRows(o) {
  const floor = o.find((r) => r.kind === 'floor');
  for (const r of o) {
    if (r.kind === 'floor') continue;
    row(
      `Opening \`${r.query}\`: longest main-thread task (tasks > 50 ms), first ${6} s`,
      `${ms(r.longest, 0)} ms (${ms(r.count, 0)})`,
      `${ms(floor.longest, 0)} ms (${ms(floor.count, 0)}) bare page`,
      '—',
      r.kind === 'cloud' ? '≤ 250 ms (target 50)' : 'responsive',
    );
  }
  console.log(`\nOpening heavy links (medians over ${RUNS} loads): longest task, ms, each load`);
  for (const r of o) console.log(`${r.query}: ${r.each.map((x) => ms(x, 0)).join(', ')}`);
}

function coreRows(c) {
  for (const r of c)
    row(
      `4 runs × 100000 steps, runTrajectory, ${r.fn} (floor column: 2 runs)`,
      `${ms(r.four)} ms`,
      `${ms(r.two)} ms (2 runs)`,
      ratio(r.four, r.two),
      '< 60 ms',
    );
  const distinct = c.some((r) => r.distinct);
  console.log(
    `\nTrajectory cost (median of ${RUNS} warm calls; first call cold): ${c
      .map(
        (r) =>
          `${r.fn} 2 runs ${ms(r.two)} (cold ${ms(r.cold2)}), 4 runs ${ms(r.four)} (cold ${ms(r.cold4)}) ms`,
      )
      .join('; ')}`,
  );
  console.log(
    distinct
      ? 'The `optimizer` field is honoured: Nesterov’s run differs from momentum’s.'
      : 'The `optimizer` field is not honoured by this src: the 4 runs are SGD and 3 × momentum.',
  );
}

function printTable() {
  const head = ['interaction', 'figure', 'floor', 'ratio', 'goal'];
  const all = [head, ...rows];
  const widths = head.map((_, i) => Math.max(...all.map((r) => String(r[i]).length)));
  const line = (r) => `| ${r.map((c, i) => String(c).padEnd(widths[i])).join(' | ')} |`;
  console.log(`\n${line(head)}\n|${widths.map((w) => '-'.repeat(w + 2)).join('|')}|`);
  for (const r of rows) console.log(line(r));
}

/** Busy loops competing with the browser for the cores (BENCH_LOAD), stopped at the end. */
function startLoad(n) {
  return Array.from({ length: n }, () =>
    spawn(process.execPath, ['-e', 'for (;;) {}'], { stdio: 'ignore' }),
  );
}

build();
const server = await serve();
const browser = await chromium.launch(chromiumLaunchOptions());
const load = startLoad(Number(process.env.BENCH_LOAD ?? 0));
try {
  console.log(
    `\nChromium ${browser.version()}, production build of ${SRC}, ${RUNS} runs per figure (medians)${load.length ? `, ${load.length} busy-loop process(es) running beside it (BENCH_LOAD)` : ''}`,
  );
  if (wanted('slider')) sliderRows(await benchSlider(browser));
  if (wanted('first-plot')) firstPlotRow(await benchFirstPlot(browser));
  if (wanted('autoplay')) autoplayRows(await benchAutoplay(browser));
  if (wanted('open')) openRows(await benchOpen(browser));
  if (wanted('core')) coreRows(await benchCore(browser));
  if (wanted('detail')) await printDetail(browser);
  printTable();
} finally {
  for (const p of load) p.kill();
  await browser.close();
  stopServer(server);
}
