import { ADAPTIVE_EPSILON, type Optimizer } from './types';

/** AdaGrad: s_t = s_{t−1} + g²; w_t = w_{t−1} − η·g/(√s_t + 1e-8). */
export const adagrad: Optimizer<'adagrad'> = {
  id: 'adagrad',
  name: 'AdaGrad',
  usesBeta: false,
  stateSize: 1,
  stateNames: ['s'],
  tex: 's_t = s_{t-1} + g^2,\\quad w_t = w_{t-1} - \\frac{\\eta\\, g}{\\sqrt{s_t} + \\epsilon}',
  update(io) {
    const { dim, g, used, step, state } = io;
    const eta = io.hyper.eta;
    const prev = io.prev * dim;
    const next = prev + dim;
    for (let i = 0; i < dim; i++) {
      const gi = g[i] ?? 0;
      const s = (state[prev + i] ?? 0) + gi * gi;
      state[next + i] = s;
      used[i] = gi;
      step[i] = (eta * gi) / (Math.sqrt(s) + ADAPTIVE_EPSILON);
    }
  },
};
