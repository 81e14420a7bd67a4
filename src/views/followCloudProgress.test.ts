import { describe, expect, it } from 'vitest';
import { createCloudStore } from '../state/cloud';
import { followCloudProgress, type ProgressSink } from './followCloudProgress';

describe('followCloudProgress', () => {
  it('writes the count done and the total at once and on every change, and stops when told', () => {
    const cloud = createCloudStore();
    cloud.setState({ status: 'running', done: 3, total: 256 });
    const bar: ProgressSink = { value: -1, max: -1 };
    const stop = followCloudProgress(cloud, bar);
    expect(bar).toEqual({ value: 3, max: 256 });
    cloud.setState({ done: 8 });
    expect(bar.value).toBe(8);
    stop();
    cloud.setState({ done: 12 });
    expect(bar.value).toBe(8);
  });

  it('ignores changes that leave the count alone (a member path arriving)', () => {
    const cloud = createCloudStore();
    cloud.setState({ status: 'running', done: 1, total: 4 });
    let writes = 0;
    const bar = {
      max: 0,
      get value() {
        return 1;
      },
      set value(_v: number) {
        writes++;
      },
    };
    followCloudProgress(cloud, bar);
    cloud.setState({ paths: { sgd: [new Float64Array(2)] } });
    expect(writes).toBe(0);
  });

  it('never shows a zero maximum (an empty job)', () => {
    const cloud = createCloudStore();
    const bar: ProgressSink = { value: -1, max: -1 };
    followCloudProgress(cloud, bar);
    expect(bar).toEqual({ value: 0, max: 1 });
  });
});
