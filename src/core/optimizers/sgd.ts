import type { Optimizer } from './types';

/** Plain (stochastic) gradient descent: m_t = η·g(w_{t−1}); w_t = w_{t−1} − m_t. */
export const sgd: Optimizer<'sgd'> = {
  id: 'sgd',
  name: 'SGD',
  usesBeta: false,
  stateSize: 0,
  stateNames: [],
  tex: 'm_t = \\eta\\, g(w_{t-1}),\\quad w_t = w_{t-1} - m_t',
  update(io) {
    const { dim, g, used, step } = io;
    const eta = io.hyper.eta;
    for (let i = 0; i < dim; i++) {
      const gi = g[i] ?? 0;
      used[i] = gi;
      step[i] = eta * gi;
    }
  },
};
