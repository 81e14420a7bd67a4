import type { Optimizer } from './types';

/**
 * Nesterov's accelerated gradient, in this app's notation:
 * m_t = β·m_{t−1} + η·g(w_{t−1} − β·m_{t−1}); w_t = w_{t−1} − m_t.
 * The gradient is taken at the look-ahead point where momentum alone would carry w.
 */
export const nesterov: Optimizer<'nesterov'> = {
  id: 'nesterov',
  name: 'Nesterov',
  usesBeta: true,
  stateSize: 0,
  stateNames: [],
  tex: 'm_t = \\beta\\, m_{t-1} + \\eta\\, g(w_{t-1} - \\beta\\, m_{t-1}),\\quad w_t = w_{t-1} - m_t',
  update(io) {
    const { dim, w, m, used, step, scratch } = io;
    const { eta, beta } = io.hyper;
    const base = io.prev * dim;
    for (let i = 0; i < dim; i++) scratch[i] = (w[base + i] ?? 0) - beta * (m[base + i] ?? 0);
    io.gradAt(scratch, used);
    for (let i = 0; i < dim; i++) step[i] = beta * (m[base + i] ?? 0) + eta * (used[i] ?? 0);
  },
};

/** The look-ahead point w_{t−1} − β·m_{t−1} at which Nesterov's step t takes its gradient. */
export function lookAhead(w: readonly number[], m: readonly number[], beta: number): number[] {
  return w.map((wi, i) => wi - beta * (m[i] ?? 0));
}
