// Trajectory cost (issue 8): n runs × 100000 steps of runTrajectory on each 2D preset, timed in
// Chromium from the bundled core (bench/core-entry.mjs). 4 runs is the figure, 2 runs its floor.
import { BASE, RUNS, median } from './lib.mjs';

export const PRESETS_2D = ['ravine', 'rosenbrock', 'himmelblau', 'beale'];
const STEPS = 100_000;

export async function benchCore(browser) {
  const context = await browser.newContext();
  const page = await context.newPage();
  await page.goto(`${BASE}/core/core.html`);
  await page.waitForFunction(() => document.body.dataset.ready === '1');
  const time = (fn, runs) =>
    page.evaluate(([f, n, s]) => window.__coreBench.time(f, n, s), [fn, runs, STEPS]);
  const rows = [];
  for (const fn of PRESETS_2D) {
    // The first call of each is cold (JIT warm-up); the figure is the median of the warm ones.
    const cold2 = await time(fn, 2);
    const cold4 = await time(fn, 4);
    const two = [];
    const four = [];
    for (let i = 0; i < RUNS; i++) {
      two.push((await time(fn, 2)).elapsed);
      four.push((await time(fn, 4)).elapsed);
    }
    rows.push({
      fn,
      two: median(two),
      four: median(four),
      cold2: cold2.elapsed,
      cold4: cold4.elapsed,
      lengths: cold4.lengths,
      distinct: cold4.distinct,
    });
  }
  await context.close();
  return rows;
}
