import { describe, expect, it } from 'vitest';
import { presetById } from '../core/presets';
import { rowOf } from '../core/trajectory';
import { createAppStore } from './store';
import { findRun } from './runs';
import { parseUrl } from './urlCodec';

const fromUrl = (q: string) => createAppStore(parseUrl(q));

describe('createAppStore', () => {
  it('derives the default runs from the settings: SGD and momentum with beta', () => {
    const s = fromUrl('?fn=quadratic&w0=2.5&eta=0.1&beta=0.9').getState();
    expect(s.runs.map((e) => e.id)).toEqual(['sgd', 'momentum']);
    expect(findRun(s.runs, 'sgd')!.optimizer).toBe('sgd');
    expect(rowOf(findRun(s.runs, 'sgd')!, 'w', 1)).toEqual([2.5 - 0.1 * 5]);
    expect(findRun(s.runs, 'momentum')!.settings.beta).toBe(0.9);
    expect(rowOf(findRun(s.runs, 'momentum')!, 'w', 1)).toEqual([2]);
    expect(findRun(s.runs, 'sgd')!.length).toBeGreaterThan(1000);
  });

  it('setW0 restarts both runs at step 0 from the new start', () => {
    const store = fromUrl('?fn=double-well&step=30');
    store.getState().setW0([-2]);
    const s = store.getState();
    expect(s.step).toBe(0);
    expect(rowOf(findRun(s.runs, 'sgd')!, 'w', 0)).toEqual([-2]);
    expect(rowOf(findRun(s.runs, 'momentum')!, 'w', 0)).toEqual([-2]);
  });

  it('setBeta recomputes momentum and keeps the step; bad values keep the last good state', () => {
    const store = fromUrl('?fn=quadratic&step=5');
    const before = findRun(store.getState().runs, 'momentum')!;
    store.getState().setBeta(0.5);
    expect(findRun(store.getState().runs, 'momentum')!).not.toBe(before);
    expect(store.getState().step).toBe(5);
    for (const bad of [1, -0.1, NaN, Infinity]) store.getState().setBeta(bad);
    expect(store.getState().settings.beta).toBe(0.5);
    for (const bad of [0, -1, 11, NaN]) store.getState().setEta(bad);
    expect(store.getState().settings.eta).toBe(presetById('quadratic').eta);
  });

  it('setPreset switches to the preset defaults at step 0', () => {
    const store = fromUrl('?fn=quadratic&step=9');
    store.getState().setPreset('ravine');
    const s = store.getState();
    const p = presetById('ravine');
    expect(s.settings).toMatchObject({ fn: 'ravine', w0: p.w0, eta: p.eta, beta: p.beta });
    expect(s.step).toBe(0);
    expect(findRun(s.runs, 'sgd')!.dim).toBe(2);
  });

  it('extends the runs on demand when the step passes what is computed, up to 100000', () => {
    const store = fromUrl('?fn=ravine&eta=0.0001&beta=0.5');
    store.getState().setStep(5000);
    expect(findRun(store.getState().runs, 'sgd')!.length).toBeGreaterThan(5000);
    store.getState().setStep(1e9);
    expect(store.getState().step).toBe(100000);
    expect(findRun(store.getState().runs, 'momentum')!.length).toBe(100001);
  });

  it('stepBy, reset and play/pause move the step and keep settings', () => {
    const store = fromUrl('?fn=quadratic');
    store.getState().stepBy(1);
    store.getState().stepBy(1);
    store.getState().stepBy(-1);
    expect(store.getState().step).toBe(1);
    store.getState().stepBy(-5);
    expect(store.getState().step).toBe(0);
    store.getState().setStep(7);
    store.getState().play();
    expect(store.getState().playing).toBe(true);
    store.getState().reset();
    expect(store.getState()).toMatchObject({ step: 0, playing: false });
    expect(store.getState().settings.fn).toBe('quadratic');
  });

  it('a β change recomputes only the runs that read β', () => {
    const store = fromUrl('?fn=ravine&opt=sgd,momentum,nesterov,adam&step=10');
    const before = store.getState().runs;
    store.getState().setBeta(0.5);
    const after = store.getState().runs;
    for (const id of ['sgd', 'adam'] as const) expect(findRun(after, id)).toBe(findRun(before, id));
    for (const id of ['momentum', 'nesterov'] as const)
      expect(findRun(after, id)).not.toBe(findRun(before, id));
  });

  it('toggleRun adds in registry order and keeps 1 to 4 runs', () => {
    const store = fromUrl('?fn=ravine');
    const ids = () => store.getState().settings.opt;
    store.getState().toggleRun('adam', true);
    store.getState().toggleRun('nesterov', true);
    expect(ids()).toEqual(['sgd', 'momentum', 'nesterov', 'adam']);
    store.getState().toggleRun('adagrad', true);
    expect(ids()).toHaveLength(4);
    for (const id of ['sgd', 'momentum', 'nesterov'] as const)
      store.getState().toggleRun(id, false);
    expect(ids()).toEqual(['adam']);
    store.getState().toggleRun('adam', false);
    expect(ids()).toEqual(['adam']);
    expect(store.getState().runs.map((e) => e.id)).toEqual(['adam']);
  });

  it('setRunEta gives one run its own η and recomputes only that run; null links it back', () => {
    const store = fromUrl('?fn=ravine&opt=sgd,adam');
    const sgd = findRun(store.getState().runs, 'sgd');
    store.getState().setRunEta('adam', 0.3);
    expect(findRun(store.getState().runs, 'adam')!.settings.eta).toBe(0.3);
    expect(findRun(store.getState().runs, 'sgd')).toBe(sgd);
    store.getState().setRunEta('adam', 0);
    expect(store.getState().settings.etaByRun).toEqual({ adam: 0.3 });
    store.getState().setRunEta('adam', null);
    expect(store.getState().settings.etaByRun).toEqual({});
    expect(findRun(store.getState().runs, 'adam')!.settings.eta).toBe(presetById('ravine').eta);
  });
});
