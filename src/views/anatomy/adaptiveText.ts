import { formatNumber } from '../format';
import type { AdaptiveAnatomy } from './adaptive';
import { subscript } from './waterfall';

/** Coordinate names: w in 1D, x and y in 2D. */
export function coordNames(dim: number): string[] {
  return dim === 1 ? ['w'] : ['x', 'y'];
}

/** "|m_t|/η = 0.98 for x and 1 for y" (or "= 1" in 1D), 2 significant digits. */
function ratios(a: AdaptiveAnatomy): string {
  const names = coordNames(a.coords.length);
  const r = a.coords.map((c) => formatNumber(Number(c.stepOverEta.toPrecision(2))));
  const m = `|m${subscript(a.t)}|/η`;
  if (r.length === 1) return `${m} = ${r[0] ?? ''}`;
  return `${m} = ${r.map((v, i) => `${v} for ${names[i] ?? ''}`).join(' and ')}`;
}

/**
 * What an adaptive rule does to its steps, in words a learner can check against the bars: why
 * Adam's steps are all about η long, why RMSProp's first step is √10·η, why AdaGrad's shrink.
 */
export function adaptiveSentences(a: AdaptiveAnatomy): string[] {
  const here = ratios(a);
  const grads = a.coords.map((c) => formatNumber(Number(Math.abs(c.g).toPrecision(2))));
  const sizes = grads.length > 1 ? `, though |g| is ${grads.join(' and ')}` : '';
  switch (a.id) {
    case 'adam': {
      const flipped = a.coords.some((c) => c.stepOverEta < 0.5);
      return [
        `Adam divides the mean â by √ŝ, a running size of the same gradients. While a coordinate’s gradient keeps its sign, |â| ≈ √ŝ, so |â/√ŝ| ≈ 1 and the step is about η long whatever the gradient’s size: here ${here}${sizes}.` +
          (flipped
            ? ' Where the gradient keeps flipping sign, â averages out towards 0 but ŝ does not, and the step shrinks.'
            : ''),
        `a and s start at 0, so early on they are too small by the factors 1 − 0.9ᵗ and 1 − 0.999ᵗ; the bias corrections divide those out. Without them Adam’s first step would be 0.1/√0.001 ≈ 3.16 η long instead of η.`,
      ];
    }
    case 'rmsprop':
      return [
        `RMSProp divides g by √s, the root mean square of recent gradients: a coordinate with big gradients gets a small scale, one with small gradients a large one, so the steps come out comparable: here ${here}${sizes}.`,
        'It keeps no bias correction: s₁ = 0.1·g₁², so its first step is √10 ≈ 3.16 η long.',
      ];
    case 'adagrad':
      return [
        `AdaGrad’s s is the sum of every squared gradient so far, so it only grows: the scale η/√s shrinks step after step, even where the gradient stays large. Its first step is exactly η long; here ${here}${sizes}.`,
      ];
  }
}
