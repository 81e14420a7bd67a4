// Shared helpers for the benchmarks: statistics, formatting, building and serving the app, pages.
import { spawn, spawnSync } from 'node:child_process';
import { writeFileSync } from 'node:fs';
import { dirname, join, resolve } from 'node:path';
import { fileURLToPath } from 'node:url';

export const PORT = Number(process.env.BENCH_PORT ?? 4399);
export const RUNS = Number(process.env.BENCH_RUNS ?? 5);
export const DIR = resolve(process.env.BENCH_DIR ?? '/tmp/heavy-ball-bench');
export const BASE = `http://127.0.0.1:${PORT}`;
/** Checkout whose src/ is built and measured (default: this one). */
export const SRC = resolve(
  process.env.BENCH_SRC ?? join(dirname(fileURLToPath(import.meta.url)), '..'),
);
const BENCH = dirname(fileURLToPath(import.meta.url));

/** One 60 Hz frame, ms. */
export const FRAME = 1000 / 60;
export const VIEWPORT = { width: 1280, height: 900 };

export const median = (xs) => {
  const s = xs.filter((x) => !Number.isNaN(x)).sort((a, b) => a - b);
  if (s.length === 0) return NaN;
  const m = s.length >> 1;
  return s.length % 2 ? s[m] : (s[m - 1] + s[m]) / 2;
};
/** Nearest-rank percentile (p in 0…100) of the finite values. */
export const percentile = (xs, p) => {
  const s = xs.filter((x) => !Number.isNaN(x)).sort((a, b) => a - b);
  if (s.length === 0) return NaN;
  return s[Math.min(s.length - 1, Math.max(0, Math.ceil((p / 100) * s.length) - 1))];
};
export const max = (xs) => (xs.length ? Math.max(...xs) : NaN);
export const ms = (x, digits = 1) =>
  x === undefined || x === null || Number.isNaN(x) ? '—' : x.toFixed(digits);
export const sleep = (t) => new Promise((r) => setTimeout(r, t));

/** Builds the app from SRC into DIR (unless BENCH_NO_BUILD), then the core bench page into DIR/core. */
export function build() {
  if (!process.env.BENCH_NO_BUILD) {
    console.log(`building ${SRC} into ${DIR} …`);
    const app = spawnSync('npx', ['vite', 'build', '--outDir', DIR, '--emptyOutDir'], {
      cwd: SRC,
      stdio: ['ignore', 'ignore', 'inherit'],
    });
    if (app.status !== 0) throw new Error('vite build of the app failed');
    const core = spawnSync(
      'npx',
      ['vite', 'build', '--config', join(BENCH, 'vite.bench.config.mjs')],
      {
        cwd: BENCH,
        env: { ...process.env, BENCH_SRC: SRC, BENCH_DIR: DIR },
        stdio: ['ignore', 'ignore', 'inherit'],
      },
    );
    if (core.status !== 0) throw new Error('vite build of bench/core-entry.mjs failed');
  }
  // The floor: a bare page with one range input, served from the same server as the app.
  writeFileSync(
    join(DIR, 'bench-bare.html'),
    '<!doctype html><html lang="en"><meta charset="utf-8"><title>bare</title>' +
      '<body><p>Bare page</p><input type="range" aria-label="β bare" min="0" max="0.999" step="0.001" value="0.9" style="width:240px"></body></html>\n',
  );
  writeFileSync(join(DIR, 'bench-plot.html'), PLOT_FLOOR_HTML);
}

/**
 * A second floor for the slider: a page doing the plot's own visible work and nothing else. On
 * each input it strokes SGD and momentum (β from the slider), 1000 steps each from the app's
 * Rosenbrock start, haloed, on a 540 × 540 canvas where the app's plot sits at 1280 px, and
 * writes β beside it: what any app redrawing this plot in the key's frame must pay here.
 */
const PLOT_FLOOR_HTML = `<!doctype html><html lang="en"><meta charset="utf-8"><title>plot floor</title>
<style>body{margin:0;font:14px system-ui}canvas{position:absolute;left:178px;top:145px;width:540px;height:540px;background:#3a7}
#out{position:absolute;left:880px;top:120px}#side{position:absolute;left:880px;top:520px}</style>
<body><canvas width="540" height="540"></canvas><div id="out"></div>
<div id="side"><input type="range" aria-label="β plot floor" min="0" max="0.999" step="0.001" value="0.9" style="width:240px"></div>
<script>
const input = document.querySelector('input'), out = document.getElementById('out');
const ctx = document.querySelector('canvas').getContext('2d');
function draw(b) {
  ctx.clearRect(0, 0, 540, 540);
  for (const [beta, color] of [[0, '#b60'], [b, '#06b']]) {
    let x = -1.5, y = 2, mx = 0, my = 0;
    ctx.beginPath();
    ctx.moveTo(270 + x * 120, 270 - (y - 1) * 120);
    for (let t = 0; t < 1000; t++) {
      mx = beta * mx + (-2 * (1 - x) - 400 * x * (y - x * x));
      my = beta * my + 200 * (y - x * x);
      x -= 0.001 * mx; y -= 0.001 * my;
      if (!isFinite(x) || !isFinite(y)) break;
      ctx.lineTo(270 + x * 120, 270 - (y - 1) * 120);
    }
    ctx.lineWidth = 4; ctx.strokeStyle = 'rgba(255,255,255,0.7)'; ctx.stroke();
    ctx.lineWidth = 2; ctx.strokeStyle = color; ctx.stroke();
  }
  out.textContent = 'β = ' + b.toFixed(3);
}
input.addEventListener('input', () => draw(Number(input.value)));
draw(0.9);
</script></body></html>
`;

/** Serves DIR with `vite preview` on PORT; returns the child (its own process group). */
export async function serve() {
  const child = spawn(
    'npx',
    [
      'vite',
      'preview',
      '--outDir',
      DIR,
      '--port',
      String(PORT),
      '--strictPort',
      '--host',
      '127.0.0.1',
    ],
    { cwd: SRC, stdio: 'ignore', detached: true },
  );
  for (let i = 0; i < 100; i++) {
    try {
      if ((await fetch(BASE)).ok) return child;
    } catch {
      // not up yet
    }
    await sleep(100);
  }
  throw new Error(`preview server did not start on ${BASE}`);
}

export function stopServer(child) {
  try {
    process.kill(-child.pid);
  } catch {
    child.kill();
  }
}

/** A fresh context and page (cold cache), optionally with an init script. */
export async function freshPage(browser, initScript) {
  const context = await browser.newContext({ viewport: VIEWPORT });
  const page = await context.newPage();
  if (initScript) await page.addInitScript(initScript);
  return { context, page };
}

export const BARE = `${BASE}/bench-bare.html`;

/** The slider's second floor: a page that redraws the plot's paths on each input (see build). */
export const PLOT_FLOOR = `${BASE}/bench-plot.html`;

/** How many runs the app shows: the Readout's per-run column headers (0 on the bare page). */
export const runsShown = (page) =>
  page.evaluate(
    () => document.querySelectorAll('[aria-label="Readout"] thead th[scope="col"]').length,
  );
