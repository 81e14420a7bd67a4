import type { Interval } from '../core/presets';
import type { LossSpec } from './cloudProtocol';
import type { ContourAnswer, ContourRequest } from './contourProtocol';

/** A surface to contour: what the worker is told, under the key its answer is filed by. */
export interface ContourJob {
  readonly key: string;
  readonly loss: LossSpec;
  readonly window: readonly [Interval, Interval];
  readonly levels: readonly number[];
}

/** Posts requests and hears answers: a Worker, or a stand-in in tests. */
export interface ContourPort {
  postMessage(request: ContourRequest): void;
  onmessage: ((e: MessageEvent<ContourAnswer>) => void) | null;
  onerror: ((e: ErrorEvent) => void) | null;
  terminate(): void;
}

/** What the client reports: an answer for a job, or a job the worker could not do. */
export interface ContourSink {
  readonly answer: (job: ContourJob, answer: ContourAnswer & { kind: 'bands' }) => void;
  readonly failed: (job: ContourJob, why: string) => void;
}

/** The client's interface (see createContourClient). */
export interface ContourClient {
  /** Asks for a surface; replaces any request still waiting (a newer window makes it stale). */
  want(job: ContourJob): void;
  /** Drops the waiting request if it is for this key (the plot went away); true if it did. */
  drop(key: string): boolean;
  /** Jobs sent and not yet answered (0 or 1), and waiting (0 or 1): for tests. */
  readonly state: () => { busy: string | null; waiting: string | null };
}

/**
 * One contour worker, one job at a time, the newest request waiting: while a pan or zoom moves
 * the window every frame, stale windows are never sent, and the worker is never torn down (a
 * fresh one would load its code again). A worker that fails hands its job and every later one
 * to `sink.failed`, so the page can still contour on its own thread.
 */
export function createContourClient(makePort: () => ContourPort, sink: ContourSink): ContourClient {
  let port: ContourPort | null = null;
  let broken = false;
  let seq = 0;
  let busy: { id: number; job: ContourJob } | null = null;
  let waiting: ContourJob | null = null;

  const fail = (why: string) => {
    broken = true;
    port?.terminate();
    port = null;
    const jobs = [busy?.job, waiting].filter((j): j is ContourJob => !!j);
    busy = null;
    waiting = null;
    jobs.forEach((j) => sink.failed(j, why));
  };

  const pump = () => {
    if (busy || !waiting) return;
    const job = waiting;
    waiting = null;
    if (broken) return sink.failed(job, 'no worker');
    try {
      port ??= makePort();
    } catch (err) {
      waiting = job;
      return fail(String(err));
    }
    port.onmessage = (e) => {
      const answer = e.data;
      if (!busy || answer.job !== busy.id) return;
      const done = busy.job;
      busy = null;
      if (answer.kind === 'bands') sink.answer(done, answer);
      else sink.failed(done, answer.message);
      pump();
    };
    port.onerror = (e) => fail(e.message || 'worker error');
    busy = { id: ++seq, job };
    port.postMessage({ job: busy.id, loss: job.loss, window: job.window, levels: job.levels });
  };

  return {
    want(job) {
      if (busy?.job.key === job.key) {
        waiting = null;
        return;
      }
      waiting = job;
      pump();
    },
    drop(key) {
      if (waiting?.key !== key) return false;
      waiting = null;
      return true;
    },
    state: () => ({ busy: busy?.job.key ?? null, waiting: waiting?.key ?? null }),
  };
}
