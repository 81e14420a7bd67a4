// Times the core in the page: n runs × `steps` steps of runTrajectory on a preset, as the app
// computes them (one call per run, from w₀). Exposed as window.__coreBench for bench/core.mjs.
import { presetById } from '@hb-src/core/presets.ts';
import { runTrajectory } from '@hb-src/core/trajectory.ts';

/** The app's runs: SGD and momentum, then Nesterov and Adam for the 4-run list (issue 8). */
const OPTIMIZERS = ['sgd', 'momentum', 'nesterov', 'adam'];

function settingsFor(preset, optimizer) {
  const beta = optimizer === 'sgd' ? 0 : preset.beta;
  return { w0: preset.w0, eta: preset.eta, beta, optimizer };
}

window.__coreBench = {
  /** Wall time, ms, to compute the first `runs` optimizers' trajectories to `steps` steps. */
  time(fn, runs, steps) {
    const preset = presetById(fn);
    const all = OPTIMIZERS.slice(0, runs).map((o) => settingsFor(preset, o));
    const t0 = performance.now();
    const out = all.map((s) => runTrajectory(preset, s, steps));
    const elapsed = performance.now() - t0;
    // Whether the optimizer field is honoured: Nesterov's path differs from momentum's.
    const last = (t) =>
      t.w ? Array.from(t.w.slice((t.length - 1) * t.dim, t.length * t.dim)) : [];
    const distinct = runs > 2 ? last(out[2]).join() !== last(out[1]).join() : null;
    return { elapsed, lengths: out.map((t) => t.length), distinct };
  },
};
document.body.dataset.ready = '1';
