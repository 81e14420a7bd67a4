import { describe, expect, it } from 'vitest';
import { presetById, type PresetId } from '../../core/presets';
import { rowOf, runTrajectory, type Trajectory } from '../../core/trajectory';
import { spellingScale, spellStep, SPELLINGS, type Spelling } from './spellings';

const close = (a: number, b: number, tol = 1e-12) =>
  Math.abs(a - b) <= tol * Math.max(1, Math.abs(b));

function run(fn: PresetId, optimizer: 'momentum' | 'nesterov', eta?: number, beta?: number) {
  const p = presetById(fn);
  return runTrajectory(p, { w0: p.w0, eta: eta ?? p.eta, beta: beta ?? p.beta, optimizer }, 60);
}

/**
 * The spelling's own recursion run from w₀ with the preset's gradient, never touching m:
 * v_t = β·v_{t−1} + gain·g(point), w_t = w_{t−1} − lr·v_t; Nesterov's point is w − lr·β·v.
 */
function runSpelled(r: Trajectory, fn: PresetId, spelling: Spelling, steps: number) {
  const p = presetById(fn);
  const { eta, beta } = r.settings;
  const { lr, gain } = spellingScale(spelling, eta, beta);
  let w = [...p.w0];
  let v = w.map(() => 0);
  const ws = [w];
  const vs = [v];
  for (let t = 1; t <= steps; t++) {
    const at = r.optimizer === 'nesterov' ? w.map((x, i) => x - lr * beta * (v[i] ?? 0)) : w;
    const g = p.grad(
      at,
      at.map(() => 0),
    );
    v = v.map((x, i) => beta * x + gain * (g[i] ?? 0));
    w = w.map((x, i) => x - lr * (v[i] ?? 0));
    ws.push(w);
    vs.push(v);
  }
  return { ws, vs };
}

const cases: [PresetId, 'momentum' | 'nesterov'][] = [
  ['quadratic', 'momentum'],
  ['ravine', 'momentum'],
  // Nesterov's bound on the ravine is η < 3.4/(2.4·50) ≈ 0.028: the preset's 0.038 diverges.
  ['ravine', 'nesterov'],
  ['double-well', 'nesterov'],
];

describe('spellStep: one rule, three spellings, the same run', () => {
  it('scales the velocity so that lr·gain = η in every spelling', () => {
    for (const { id } of SPELLINGS) {
      const { lr, gain } = spellingScale(id, 0.035, 0.9);
      expect(lr * gain).toBeCloseTo(0.035, 15);
    }
    expect(spellingScale('ema', 0.1, 0.9).lr).toBeCloseTo(1, 14);
    expect(spellingScale('pytorch', 0.1, 0.9)).toEqual({ lr: 0.1, gain: 1 });
  });

  for (const [fn, opt] of cases)
    it(`reproduces w_t and v_t of the spelling's own recursion (${opt} on ${fn})`, () => {
      const r = run(fn, opt, opt === 'nesterov' ? 0.02 : undefined);
      expect(r.divergedAt).toBeNull();
      for (const { id } of SPELLINGS) {
        const own = runSpelled(r, fn, id, 40);
        for (const t of [1, 2, 5, 17, 40]) {
          const s = spellStep(id, {
            eta: r.settings.eta,
            beta: r.settings.beta,
            mPrev: rowOf(r, 'm', t - 1),
            m: rowOf(r, 'm', t),
            g: rowOf(r, 'used', t),
            wPrev: rowOf(r, 'w', t - 1),
          });
          const w = rowOf(r, 'w', t);
          s.w.forEach((x, i) => expect(close(x, w[i] ?? NaN)).toBe(true));
          s.m.forEach((x, i) => expect(close(x, rowOf(r, 'm', t)[i] ?? NaN)).toBe(true));
          // The printed conversion m_t/lr is the velocity the other spelling's code holds.
          s.v.forEach((x, i) => expect(close(x, own.vs[t]?.[i] ?? NaN, 1e-9)).toBe(true));
          s.vRecursed.forEach((x, i) => expect(close(x, s.v[i] ?? NaN, 1e-9)).toBe(true));
          own.ws[t]?.forEach((x, i) => expect(close(x, w[i] ?? NaN, 1e-9)).toBe(true));
        }
      }
    });

  it('is exactly the run for these notes (v is m)', () => {
    const r = run('quadratic', 'momentum', 0.1, 0.9);
    const s = spellStep('notes', {
      eta: 0.1,
      beta: 0.9,
      mPrev: rowOf(r, 'm', 2),
      m: rowOf(r, 'm', 3),
      g: rowOf(r, 'used', 3),
      wPrev: rowOf(r, 'w', 2),
    });
    expect(s.v).toEqual(rowOf(r, 'm', 3));
    expect(s.w).toEqual(rowOf(r, 'w', 3));
  });

  it('gives PyTorch v_3 = m_3/η = 9.95 and EMA v_3 = m_3·(1−β)/η = 0.995 on the quadratic', () => {
    const r = run('quadratic', 'momentum', 0.1, 0.9);
    const step = {
      eta: 0.1,
      beta: 0.9,
      mPrev: rowOf(r, 'm', 2),
      m: rowOf(r, 'm', 3),
      g: rowOf(r, 'used', 3),
      wPrev: rowOf(r, 'w', 2),
    };
    expect(spellStep('pytorch', step).v[0]).toBeCloseTo(9.95, 12);
    expect(spellStep('ema', step).v[0]).toBeCloseTo(0.995, 12);
    expect(spellStep('ema', step).lr).toBeCloseTo(1, 12);
  });

  it("matches torch's nesterov=True form: weights at p = w − β·m, p −= η·(g + β·v)", () => {
    const r = run('ravine', 'nesterov', 0.02);
    expect(r.divergedAt).toBeNull();
    const { eta, beta } = r.settings;
    for (const t of [1, 2, 9, 30]) {
      const v = spellStep('pytorch', {
        eta,
        beta,
        mPrev: rowOf(r, 'm', t - 1),
        m: rowOf(r, 'm', t),
        g: rowOf(r, 'used', t),
        wPrev: rowOf(r, 'w', t - 1),
      }).v;
      const p = (row: number) =>
        rowOf(r, 'w', row).map((x, i) => x - beta * (rowOf(r, 'm', row)[i] ?? 0));
      const g = rowOf(r, 'used', t);
      const next = p(t - 1).map((x, i) => x - eta * ((g[i] ?? 0) + beta * (v[i] ?? 0)));
      next.forEach((x, i) => expect(close(x, p(t)[i] ?? NaN, 1e-9)).toBe(true));
    }
  });
});
