import { adagrad } from './adagrad';
import { adam } from './adam';
import { momentum } from './momentum';
import { nesterov } from './nesterov';
import { rmsprop } from './rmsprop';
import { sgd } from './sgd';
import type { Optimizer } from './types';

/** Every optimizer, in the order the "Runs" group lists them. Adding one is one line here. */
export const OPTIMIZERS = [sgd, momentum, nesterov, rmsprop, adam, adagrad] as const;

/** Id of a built-in optimizer (DESIGN §6). */
export type OptimizerId = (typeof OPTIMIZERS)[number]['id'];

/** The runs shown when the link names none. */
export const DEFAULT_OPT: readonly OptimizerId[] = ['sgd', 'momentum'];
/** Fewest and most runs shown at once. */
export const MIN_RUNS = 1;
export const MAX_RUNS = 4;

const BY_ID = new Map<string, Optimizer>(OPTIMIZERS.map((o) => [o.id, o]));

/** The optimizer with this id, or undefined for an unknown id (e.g. from a link). */
export function findOptimizer(id: string): Optimizer | undefined {
  return BY_ID.get(id);
}

/** The optimizer with a known id. */
export function optimizerById(id: OptimizerId): Optimizer {
  const o = BY_ID.get(id);
  if (!o) throw new Error(`unknown optimizer ${id}`);
  return o;
}

/** Whether `id` names a built-in optimizer. */
export function isOptimizerId(id: string): id is OptimizerId {
  return BY_ID.has(id);
}
