import type { Interval } from '../core/presets';
import type { LossSpec } from './cloudProtocol';

/**
 * One filled contour band flattened for transfer between threads: the region L ≥ its level as
 * closed rings, in grid units. Ring r is the points rings[r] … rings[r+1]−1 of `coords` (x, y
 * pairs); `rings` ends with the total point count.
 */
export interface FlatBand {
  readonly coords: Float64Array;
  readonly rings: Uint32Array;
}

/** Main → worker: contour a loss over a window at the given levels. */
export interface ContourRequest {
  readonly job: number;
  readonly loss: LossSpec;
  readonly window: readonly [Interval, Interval];
  readonly levels: readonly number[];
}

/** Worker → main: the job's bands (buffers transferred), or why it failed. */
export type ContourAnswer =
  | {
      readonly job: number;
      readonly kind: 'bands';
      readonly nx: number;
      readonly ny: number;
      readonly bands: readonly FlatBand[];
      /** When the work started, as an epoch time in ms (performance.timeOrigin + now). */
      readonly startedAt: number;
      readonly computeMs: number;
    }
  | { readonly job: number; readonly kind: 'error'; readonly message: string };
