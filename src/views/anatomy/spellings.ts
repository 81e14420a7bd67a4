/**
 * "One rule, three spellings": the momentum rule as these notes, PyTorch and the EMA form write
 * it. All three are the same run; they only scale the velocity differently.
 *
 *   these notes  m_t = β·m_{t−1} + η·g;        w_t = w_{t−1} − m_t
 *   PyTorch      v_t = β·v_{t−1} + g;          w_t = w_{t−1} − η·v_t      (v = m/η)
 *   EMA          v_t = β·v_{t−1} + (1−β)·g;    w_t = w_{t−1} − η′·v_t     (η′ = η/(1−β), v = m/η′)
 *
 * In every spelling v_t = β·v_{t−1} + gain·g and w_t = w_{t−1} − lr·v_t with gain·lr = η, so
 * v = m/lr turns one into another with the same g, the same w and the same β.
 */

/** Which spelling the update panel writes momentum's rule in. */
export type Spelling = 'notes' | 'pytorch' | 'ema';

/** The spellings in the order the "Spelling" radio group offers them, with their labels. */
export const SPELLINGS: readonly { readonly id: Spelling; readonly label: string }[] = [
  { id: 'notes', label: 'These notes' },
  { id: 'pytorch', label: 'PyTorch' },
  { id: 'ema', label: 'EMA' },
];

/** How a spelling scales the velocity: w −= lr·v, v = β·v + gain·g, with lr·gain = η. */
export interface SpellingScale {
  /** What v is multiplied by in the w update: 1 (notes), η (PyTorch), η′ = η/(1−β) (EMA). */
  readonly lr: number;
  /** What g is multiplied by in the v update: η (notes), 1 (PyTorch), 1−β (EMA). */
  readonly gain: number;
}

/** The scale of a spelling at these η and β (0 ≤ β < 1). */
export function spellingScale(spelling: Spelling, eta: number, beta: number): SpellingScale {
  switch (spelling) {
    case 'notes':
      return { lr: 1, gain: eta };
    case 'pytorch':
      return { lr: eta, gain: 1 };
    case 'ema':
      return { lr: eta / (1 - beta), gain: 1 - beta };
  }
}

/** The numbers of one step, as these notes have them (the run's own rows). */
export interface NotesStep {
  readonly eta: number;
  readonly beta: number;
  /** m_{t−1} and m_t (the run's steps). */
  readonly mPrev: readonly number[];
  readonly m: readonly number[];
  /** The gradient step t used (at w_{t−1}, or at Nesterov's look-ahead point). */
  readonly g: readonly number[];
  /** w_{t−1}. */
  readonly wPrev: readonly number[];
}

/** One step in another spelling: its velocity, and the w and m it gives back. */
export interface SpelledStep extends SpellingScale {
  readonly spelling: Spelling;
  /** v_{t−1} = m_{t−1}/lr. */
  readonly vPrev: readonly number[];
  /** v_t = m_t/lr: the conversion of the step on screen. */
  readonly v: readonly number[];
  /** v_t as the spelling's own recursion computes it: β·v_{t−1} + gain·g. */
  readonly vRecursed: readonly number[];
  /** w_t = w_{t−1} − lr·v_t, with v_t from the recursion. */
  readonly w: readonly number[];
  /** lr·v_t, back in these notes' terms: m_t. */
  readonly m: readonly number[];
}

/**
 * Writes one step of momentum (or Nesterov: the same recursion, its g taken at the look-ahead
 * point) in a spelling. The conversion v = m/lr is what the panel prints; the recursion is
 * computed too, so a test can check both agree and reproduce the same w_t.
 */
export function spellStep(spelling: Spelling, step: NotesStep): SpelledStep {
  const { lr, gain } = spellingScale(spelling, step.eta, step.beta);
  const vPrev = step.mPrev.map((x) => x / lr);
  const v = step.m.map((x) => x / lr);
  const vRecursed = vPrev.map((x, i) => step.beta * x + gain * (step.g[i] ?? 0));
  const w = step.wPrev.map((x, i) => x - lr * (vRecursed[i] ?? 0));
  return { spelling, lr, gain, vPrev, v, vRecursed, w, m: vRecursed.map((x) => lr * x) };
}
