import { ADAPTIVE_EPSILON, type Optimizer } from './types';

/** Decay of RMSProp's running mean of squared gradients (DESIGN §6). */
export const RMSPROP_RHO = 0.9;

/** RMSProp: s_t = 0.9·s_{t−1} + 0.1·g²; w_t = w_{t−1} − η·g/(√s_t + 1e-8). */
export const rmsprop: Optimizer<'rmsprop'> = {
  id: 'rmsprop',
  name: 'RMSProp',
  usesBeta: false,
  stateSize: 1,
  stateNames: ['s'],
  tex: 's_t = 0.9\\, s_{t-1} + 0.1\\, g^2,\\quad w_t = w_{t-1} - \\frac{\\eta\\, g}{\\sqrt{s_t} + \\epsilon}',
  update(io) {
    const { dim, g, used, step, state } = io;
    const eta = io.hyper.eta;
    const prev = io.prev * dim;
    const next = prev + dim;
    for (let i = 0; i < dim; i++) {
      const gi = g[i] ?? 0;
      const s = RMSPROP_RHO * (state[prev + i] ?? 0) + (1 - RMSPROP_RHO) * gi * gi;
      state[next + i] = s;
      used[i] = gi;
      step[i] = (eta * gi) / (Math.sqrt(s) + ADAPTIVE_EPSILON);
    }
  },
};
