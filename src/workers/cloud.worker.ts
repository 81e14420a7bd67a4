/// <reference lib="webworker" />
import { lossBand, runCloudMember } from '../core/cloud';
import { presetById } from '../core/presets';
import type { Objective } from '../core/trajectory';
import type { CloudMessage, CloudRequest, LossSpec } from './cloudProtocol';

/**
 * Computes a noise cloud off the main thread (DESIGN §8): every run of the list under seeds
 * seed … seed+K−1, streaming each member's path as it is done, then each run's loss band.
 */
const scope = self as unknown as DedicatedWorkerGlobalScope;

function post(message: CloudMessage, transfer: Transferable[] = []): void {
  scope.postMessage(message, transfer);
}

async function objectiveOf(loss: LossSpec): Promise<Objective | string> {
  if (loss.kind === 'preset') return presetById(loss.id);
  const { compileLoss } = await import('../core/expression');
  const parsed = compileLoss(loss.f);
  return parsed.ok ? parsed.loss : parsed.error;
}

scope.onmessage = async (e: MessageEvent<CloudRequest>) => {
  const { job, loss, spec } = e.data;
  const f = await objectiveOf(loss);
  if (typeof f === 'string') {
    post({ job, kind: 'error', message: f });
    return;
  }
  const total = spec.runs.length * spec.count;
  let done = 0;
  // Seed-major order: the first seeds of every run arrive first, so the picture fills evenly.
  const losses = spec.runs.map(() => [] as Float64Array[]);
  for (let k = 0; k < spec.count; k++) {
    spec.runs.forEach((run, r) => {
      const t = runCloudMember(f, spec, run, k);
      const w = t.w.slice(0, t.length * t.dim);
      losses[r]?.push(t.loss.slice(0, t.length));
      post({ job, kind: 'member', run: run.id, k, w }, [w.buffer]);
      done++;
    });
    post({ job, kind: 'progress', done, total });
  }
  spec.runs.forEach((run, r) => {
    const band = lossBand(losses[r] ?? [], spec.steps);
    post({ job, kind: 'band', run: run.id, band }, [
      band.median.buffer,
      band.q10.buffer,
      band.q90.buffer,
    ]);
  });
  post({ job, kind: 'done' });
};
