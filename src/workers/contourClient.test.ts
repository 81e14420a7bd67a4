import { describe, expect, it } from 'vitest';
import type { ContourAnswer, ContourRequest } from './contourProtocol';
import { createContourClient, type ContourJob, type ContourPort } from './contourClient';

/** A worker stand-in that records requests and answers when told to. */
function fakePort() {
  const sent: ContourRequest[] = [];
  const port: ContourPort = {
    postMessage: (r) => sent.push(r),
    onmessage: null,
    onerror: null,
    terminate: () => {},
  };
  const answer = (r: ContourRequest) =>
    port.onmessage?.({
      data: { job: r.job, kind: 'bands', nx: 2, ny: 2, bands: [], startedAt: 0, computeMs: 1 },
    } as unknown as MessageEvent<ContourAnswer>);
  return { port, sent, answer };
}

const job = (key: string): ContourJob => ({
  key,
  loss: { kind: 'preset', id: 'rosenbrock' },
  window: [
    [-2, 2],
    [-1, 3],
  ],
  levels: [0, 1, 10],
});

describe('createContourClient', () => {
  it('sends one job at a time and only the newest of those that waited', () => {
    const fake = fakePort();
    const done: string[] = [];
    const client = createContourClient(() => fake.port, {
      answer: (j) => done.push(j.key),
      failed: () => {},
    });
    client.want(job('a'));
    client.want(job('b'));
    client.want(job('c'));
    expect(fake.sent.map((r) => r.window)).toHaveLength(1);
    expect(client.state()).toEqual({ busy: 'a', waiting: 'c' });
    fake.answer(fake.sent[0]!);
    expect(done).toEqual(['a']);
    expect(client.state()).toEqual({ busy: 'c', waiting: null });
    fake.answer(fake.sent[1]!);
    expect(done).toEqual(['a', 'c']);
    expect(fake.sent).toHaveLength(2);
  });

  it('ignores an answer to a job it is not waiting for, and drops a waiting job on request', () => {
    const fake = fakePort();
    const done: string[] = [];
    const client = createContourClient(() => fake.port, {
      answer: (j) => done.push(j.key),
      failed: () => {},
    });
    client.want(job('a'));
    client.want(job('b'));
    expect(client.drop('a')).toBe(false);
    expect(client.drop('b')).toBe(true);
    fake.answer({ ...fake.sent[0]!, job: 99 });
    expect(done).toEqual([]);
    fake.answer(fake.sent[0]!);
    expect(done).toEqual(['a']);
    expect(client.state()).toEqual({ busy: null, waiting: null });
  });

  it('asking again for the job in flight cancels the one waiting', () => {
    const fake = fakePort();
    const client = createContourClient(() => fake.port, { answer: () => {}, failed: () => {} });
    client.want(job('a'));
    client.want(job('b'));
    client.want(job('a'));
    expect(client.state()).toEqual({ busy: 'a', waiting: null });
  });

  it('hands its jobs to `failed` when the worker cannot start or breaks', () => {
    const failed: string[] = [];
    const broken = createContourClient(
      () => {
        throw new Error('no workers here');
      },
      { answer: () => {}, failed: (j) => failed.push(j.key) },
    );
    broken.want(job('a'));
    broken.want(job('b'));
    expect(failed).toEqual(['a', 'b']);

    const fake = fakePort();
    const lost: string[] = [];
    const client = createContourClient(() => fake.port, {
      answer: () => {},
      failed: (j) => lost.push(j.key),
    });
    client.want(job('x'));
    client.want(job('y'));
    fake.port.onerror?.({ message: 'boom' } as unknown as ErrorEvent);
    expect(lost).toEqual(['x', 'y']);
  });
});
