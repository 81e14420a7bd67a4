import { ADAPTIVE_EPSILON, stateIndex, type Optimizer } from './types';

/** Adam's decay of the gradient mean, β₁ (fixed, DESIGN §6; not the β slider). */
export const ADAM_BETA1 = 0.9;
/** Adam's decay of the squared-gradient mean, β₂. */
export const ADAM_BETA2 = 0.999;

/**
 * Adam: a_t = 0.9·a_{t−1} + 0.1·g; s_t = 0.999·s_{t−1} + 0.001·g²;
 * w_t = w_{t−1} − η·(a_t/(1−0.9^t)) / (√(s_t/(1−0.999^t)) + 1e-8).
 * State per row: slot 0 is a_t, slot 1 is s_t (both before bias correction).
 */
export const adam: Optimizer<'adam'> = {
  id: 'adam',
  name: 'Adam',
  usesBeta: false,
  stateSize: 2,
  stateNames: ['a', 's'],
  tex: '\\hat a_t = \\frac{a_t}{1-0.9^t},\\ \\hat s_t = \\frac{s_t}{1-0.999^t},\\quad w_t = w_{t-1} - \\frac{\\eta\\, \\hat a_t}{\\sqrt{\\hat s_t} + \\epsilon}',
  update(io) {
    const { dim, g, used, step, state, t } = io;
    const eta = io.hyper.eta;
    const c1 = 1 - ADAM_BETA1 ** t;
    const c2 = 1 - ADAM_BETA2 ** t;
    for (let i = 0; i < dim; i++) {
      const gi = g[i] ?? 0;
      const a =
        ADAM_BETA1 * (state[stateIndex(io.prev, 0, i, 2, dim)] ?? 0) + (1 - ADAM_BETA1) * gi;
      const s =
        ADAM_BETA2 * (state[stateIndex(io.prev, 1, i, 2, dim)] ?? 0) + (1 - ADAM_BETA2) * gi * gi;
      state[stateIndex(t, 0, i, 2, dim)] = a;
      state[stateIndex(t, 1, i, 2, dim)] = s;
      used[i] = gi;
      step[i] = (eta * (a / c1)) / (Math.sqrt(s / c2) + ADAPTIVE_EPSILON);
    }
  },
};

/** Adam's bias corrections at step t ≥ 1: [1/(1−0.9^t), 1/(1−0.999^t)]. */
export function adamBiasCorrections(t: number): [number, number] {
  return [1 / (1 - ADAM_BETA1 ** t), 1 / (1 - ADAM_BETA2 ** t)];
}
