/// <reference lib="webworker" />
import { presetById } from '../core/presets';
import type { Vec } from '../core/vector';
import type { LossSpec } from './cloudProtocol';
import type { ContourAnswer, ContourRequest } from './contourProtocol';
import { contourSurface } from './contours';

/**
 * Contours a loss surface off the main thread: the page paints a quick raster at once and swaps
 * in these bands when they arrive. Functions cannot be posted, so the worker builds the loss
 * itself: a preset by id, or a custom loss compiled from its text (the last one is kept).
 */
const scope = self as unknown as DedicatedWorkerGlobalScope;

let lastCustom: { f: string; loss: (w: Vec) => number } | null = null;

async function lossOf(spec: LossSpec): Promise<((w: Vec) => number) | string> {
  if (spec.kind === 'preset') return presetById(spec.id).loss;
  if (lastCustom?.f === spec.f) return lastCustom.loss;
  const { compileLoss } = await import('../core/expression');
  const parsed = compileLoss(spec.f);
  if (!parsed.ok) return parsed.error;
  lastCustom = { f: spec.f, loss: parsed.loss.loss };
  return lastCustom.loss;
}

scope.onmessage = async (e: MessageEvent<ContourRequest>) => {
  const { job, loss, window, levels } = e.data;
  const f = await lossOf(loss);
  if (typeof f === 'string') {
    scope.postMessage({ job, kind: 'error', message: f } satisfies ContourAnswer);
    return;
  }
  const t0 = performance.now();
  const { nx, ny, bands } = contourSurface(f, window, levels);
  const answer: ContourAnswer = {
    job,
    kind: 'bands',
    nx,
    ny,
    bands,
    startedAt: performance.timeOrigin + t0,
    computeMs: performance.now() - t0,
  };
  scope.postMessage(
    answer,
    bands.flatMap((b) => [b.coords.buffer, b.rings.buffer]),
  );
};
