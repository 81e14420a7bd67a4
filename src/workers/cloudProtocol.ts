import type { CloudSpec, LossBand } from '../core/cloud';
import type { OptimizerId } from '../core/optimizers/registry';
import type { PresetId } from '../core/presets';

/** Which loss a worker descends: a preset by id, or a custom expression it compiles itself. */
export type LossSpec =
  | { readonly kind: 'preset'; readonly id: PresetId }
  | { readonly kind: 'custom'; readonly f: string };

/** Main → worker: compute a cloud of seeds. */
export interface CloudRequest {
  readonly job: number;
  readonly loss: LossSpec;
  readonly spec: CloudSpec;
}

/** Worker → main, streamed while the cloud computes (typed arrays are transferred). */
export type CloudMessage =
  | {
      readonly job: number;
      readonly kind: 'member';
      readonly run: OptimizerId;
      readonly k: number;
      /** The member's w rows, flat (row t, coordinate i at t·dim + i), rows 0 … length−1. */
      readonly w: Float64Array;
    }
  | {
      readonly job: number;
      readonly kind: 'band';
      readonly run: OptimizerId;
      readonly band: LossBand;
    }
  | {
      readonly job: number;
      readonly kind: 'progress';
      readonly done: number;
      readonly total: number;
    }
  | { readonly job: number; readonly kind: 'error'; readonly message: string }
  | { readonly job: number; readonly kind: 'done' };
