import type { CloudStore } from '../state/cloud';

/** What followCloudProgress writes to: a `<progress>` element, or a stand-in in tests. */
export interface ProgressSink {
  value: number;
  max: number;
}

/**
 * Keeps a progress bar at the cloud's count of finished members (of `total`), written straight
 * to the element as the worker streams them in: 64 seeds × 4 runs are 64 progress messages, and
 * a React render for each would pull whatever other render is pending (a panel mounting, a width
 * report) into that message's task. Returns the unsubscribe function.
 */
export function followCloudProgress(cloud: CloudStore, sink: ProgressSink): () => void {
  const write = () => {
    const { done, total } = cloud.getState();
    if (sink.max !== Math.max(1, total)) sink.max = Math.max(1, total);
    if (sink.value !== done) sink.value = done;
  };
  write();
  return cloud.subscribe((s, prev) => {
    if (s.done !== prev.done || s.total !== prev.total) write();
  });
}
