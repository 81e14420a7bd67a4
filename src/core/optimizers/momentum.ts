import type { Optimizer } from './types';

/** Heavy-ball momentum: m_t = β·m_{t−1} + η·g(w_{t−1}); w_t = w_{t−1} − m_t. */
export const momentum: Optimizer<'momentum'> = {
  id: 'momentum',
  name: 'Momentum',
  usesBeta: true,
  stateSize: 0,
  stateNames: [],
  tex: 'm_t = \\beta\\, m_{t-1} + \\eta\\, g(w_{t-1}),\\quad w_t = w_{t-1} - m_t',
  update(io) {
    const { dim, g, used, step, m } = io;
    const { eta, beta } = io.hyper;
    const base = io.prev * dim;
    for (let i = 0; i < dim; i++) {
      const gi = g[i] ?? 0;
      used[i] = gi;
      step[i] = beta * (m[base + i] ?? 0) + eta * gi;
    }
  },
};
