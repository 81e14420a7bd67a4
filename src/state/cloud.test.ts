import { describe, expect, it } from 'vitest';
import type { CloudMessage, CloudRequest } from '../workers/cloudProtocol';
import { cloudRequest, connectCloud, createCloudStore, queueCloud } from './cloud';
import { createAppStore } from './store';
import { parseUrl } from './urlCodec';

/** A stand-in Worker that records what it is asked and lets the test answer. */
class FakeWorker {
  static made: FakeWorker[] = [];
  posted: CloudRequest[] = [];
  terminated = false;
  onmessage: ((e: MessageEvent<CloudMessage>) => void) | null = null;
  onerror: ((e: ErrorEvent) => void) | null = null;
  constructor() {
    FakeWorker.made.push(this);
  }
  postMessage(m: CloudRequest) {
    this.posted.push(m);
  }
  terminate() {
    this.terminated = true;
  }
  answer(m: CloudMessage) {
    this.onmessage?.({ data: m } as MessageEvent<CloudMessage>);
  }
}

const make = () => new FakeWorker() as unknown as Worker;

/** An app opened at `query`, its cloud connected to a fake worker: the worker and its job. */
function connected(query: string) {
  FakeWorker.made = [];
  const app = createAppStore(parseUrl(query));
  const cloud = createCloudStore();
  const stop = connectCloud(app, cloud, make);
  const worker = FakeWorker.made[0]!;
  return { app, cloud, stop, worker, job: worker.posted[0]!.job };
}

describe('noise cloud orchestration', () => {
  it('asks for nothing without noise or with one seed', () => {
    expect(cloudRequest(parseUrl('?fn=ravine&cloud=16').settings)).toBeNull();
    expect(cloudRequest(parseUrl('?fn=ravine&noise=1').settings)).toBeNull();
    const r = cloudRequest(parseUrl('?fn=ravine&noise=1&cloud=16&seed=5&opt=sgd,adam').settings);
    expect(r?.spec).toMatchObject({ count: 16, seed: 5, sigma: 1 });
    expect(r?.spec.runs.map((x) => x.id)).toEqual(['sgd', 'adam']);
    expect(r?.loss).toEqual({ kind: 'preset', id: 'ravine' });
  });

  it('streams members into the cloud store, and a settings change ends the old job', () => {
    const { app, cloud, stop, worker: first, job } = connected('?fn=ravine&noise=1&cloud=4');
    expect(cloud.getState()).toMatchObject({ status: 'running', total: 8 });
    first.answer({ job, kind: 'member', run: 'sgd', k: 0, w: new Float64Array(4) });
    first.answer({ job, kind: 'progress', done: 1, total: 8 });
    expect(cloud.getState().paths.sgd).toHaveLength(1);
    expect(cloud.getState().done).toBe(1);

    app.getState().setSeed(9);
    expect(first.terminated).toBe(true);
    const second = FakeWorker.made[1]!;
    expect(second.posted[0]!.spec.seed).toBe(9);
    // A late message from the ended job changes nothing.
    first.answer({ job, kind: 'member', run: 'sgd', k: 1, w: new Float64Array(4) });
    expect(cloud.getState().paths.sgd).toBeUndefined();
    // Moving the step does not restart the cloud.
    app.getState().setStep(50);
    expect(FakeWorker.made).toHaveLength(2);
    second.answer({ job: second.posted[0]!.job, kind: 'done' });
    expect(cloud.getState().status).toBe('done');
    app.getState().setCloud(1);
    expect(cloud.getState().status).toBe('off');
    stop();
  });

  it('shows a queued cloud as running before its worker starts, and clears it if no longer asked', () => {
    FakeWorker.made = [];
    const app = createAppStore(parseUrl('?fn=ravine&noise=1&cloud=4'));
    const cloud = createCloudStore();
    queueCloud(app.getState().settings, cloud);
    expect(cloud.getState()).toMatchObject({ status: 'running', done: 0, total: 8 });
    const stop = connectCloud(app, cloud, make);
    expect(FakeWorker.made).toHaveLength(1);
    expect(cloud.getState()).toMatchObject({ status: 'running', total: 8 });
    stop();

    // The settings changed to no cloud before the worker was to start: nothing stays "running".
    FakeWorker.made = [];
    const later = createAppStore(parseUrl('?fn=ravine&noise=1&cloud=4'));
    const queued = createCloudStore();
    queueCloud(later.getState().settings, queued);
    later.getState().setCloud(1);
    connectCloud(later, queued, make)();
    expect(FakeWorker.made).toHaveLength(0);
    expect(queued.getState().status).toBe('off');

    // No cloud asked for: nothing queued.
    const none = createCloudStore();
    queueCloud(parseUrl('?fn=ravine&noise=1').settings, none);
    expect(none.getState().status).toBe('off');
  });

  it("stores the runs' bands together with 'done', one store change for all of them", () => {
    const { cloud, stop, worker, job } = connected('?fn=ravine&noise=1&cloud=2&opt=sgd,momentum');
    const band = () => ({
      median: new Float64Array(3),
      q10: new Float64Array(3),
      q90: new Float64Array(3),
    });
    let changes = 0;
    const off = cloud.subscribe((s, prev) => {
      if (s.bands !== prev.bands) changes++;
    });
    worker.answer({ job, kind: 'band', run: 'sgd', band: band() });
    worker.answer({ job, kind: 'band', run: 'momentum', band: band() });
    expect(changes).toBe(0);
    worker.answer({ job, kind: 'done' });
    expect(changes).toBe(1);
    expect(Object.keys(cloud.getState().bands).sort()).toEqual(['momentum', 'sgd']);
    expect(cloud.getState().status).toBe('done');
    off();
    stop();
  });
});
