import { customPreset, type CustomObjective } from '../core/presets';
import type { Vec } from '../core/vector';

/** The outcome of reading a custom loss for the app: the compiled loss, or why not. */
export type CustomLossResult =
  | { readonly ok: true; readonly loss: CustomObjective }
  | { readonly ok: false; readonly error: string; readonly at?: number };

/**
 * Compiles a custom loss expression (DESIGN §7). The expression module, with mathjs's parser,
 * is loaded on first use only, as its own chunk, so pages without a custom loss never fetch it.
 * L and ∇L must be finite at w₀ (`w0` when it has the loss's dimension, else the default start).
 */
export async function compileCustomLoss(text: string, w0?: Vec): Promise<CustomLossResult> {
  const { compileLoss, checkFiniteAt } = await import('../core/expression');
  const parsed = compileLoss(text);
  if (!parsed.ok) return parsed;
  const { loss } = parsed;
  const start = w0 && w0.length === loss.dim ? w0 : customPreset(loss).w0;
  const why = checkFiniteAt(loss, start);
  if (why) return { ok: false, error: why };
  return { ok: true, loss };
}
