/** A point or direction in parameter space: length 1 on a loss curve, 2 on a loss surface. */
export type Vec = readonly number[];

/** Euclidean norm ‖v‖. */
export function norm(v: ArrayLike<number>): number {
  let s = 0;
  for (let i = 0; i < v.length; i++) {
    const x = v[i] ?? 0;
    s += x * x;
  }
  return Math.sqrt(s);
}

/** True when every coordinate is finite. */
export function allFinite(v: ArrayLike<number>): boolean {
  for (let i = 0; i < v.length; i++) if (!Number.isFinite(v[i])) return false;
  return true;
}
