/**
 * Whether the anatomy's panels have all mounted: the last of the page's own first work (they mount
 * one per frame after the first paint). Work that can wait, such as starting the noise cloud's
 * worker, waits for it: on a machine of few cores shared with other work, a worker computing
 * beside those mounts stretched their tasks (two browsers at once on 2 cores, cloud link: the
 * longest task median 191 → 104 ms, one of 1211 ms, 10 loads each).
 */
let mounted = false;
const waiting = new Set<() => void>();

/** Says the anatomy's panels have all mounted (PanelFrame); runs what waited for it. */
export function markPanelsMounted(): void {
  if (mounted) return;
  mounted = true;
  const jobs = [...waiting];
  waiting.clear();
  jobs.forEach((job) => job());
}

/**
 * Runs `job` once the panels have all mounted (at once if they have), or after `maxMs` at the
 * latest (a page without them, or one whose panels never load). Returns a cancel.
 */
export function whenPanelsMounted(job: () => void, maxMs: number): () => void {
  let done = false;
  const run = () => {
    if (done) return;
    done = true;
    clearTimeout(timer);
    waiting.delete(run);
    job();
  };
  const timer = setTimeout(run, maxMs);
  if (mounted) run();
  else waiting.add(run);
  return () => {
    done = true;
    clearTimeout(timer);
    waiting.delete(run);
  };
}

/** For tests: back to "not yet mounted", nothing waiting. */
export function resetPanelsMounted(): void {
  mounted = false;
  waiting.clear();
}
