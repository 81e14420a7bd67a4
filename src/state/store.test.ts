import { describe, expect, it } from 'vitest';
import { presetById } from '../core/presets';
import { rowOf } from '../core/trajectory';
import { createAppStore } from './store';
import { parseUrl } from './urlCodec';

const fromUrl = (q: string) => createAppStore(parseUrl(q));

describe('createAppStore', () => {
  it('derives both runs from the settings: SGD with beta 0, momentum with beta', () => {
    const s = fromUrl('?fn=quadratic&w0=2.5&eta=0.1&beta=0.9').getState();
    expect(s.runs.sgd.settings.beta).toBe(0);
    expect(s.runs.momentum.settings.beta).toBe(0.9);
    expect(rowOf(s.runs.momentum, 'w', 1)).toEqual([2]);
    expect(s.runs.sgd.length).toBeGreaterThan(1000);
  });

  it('setW0 restarts both runs at step 0 from the new start', () => {
    const store = fromUrl('?fn=double-well&step=30');
    store.getState().setW0([-2]);
    const s = store.getState();
    expect(s.step).toBe(0);
    expect(rowOf(s.runs.sgd, 'w', 0)).toEqual([-2]);
    expect(rowOf(s.runs.momentum, 'w', 0)).toEqual([-2]);
  });

  it('setBeta recomputes momentum and keeps the step; bad values keep the last good state', () => {
    const store = fromUrl('?fn=quadratic&step=5');
    const before = store.getState().runs.momentum;
    store.getState().setBeta(0.5);
    expect(store.getState().runs.momentum).not.toBe(before);
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
    expect(s.runs.sgd.dim).toBe(2);
  });

  it('extends the runs on demand when the step passes what is computed, up to 100000', () => {
    const store = fromUrl('?fn=ravine&eta=0.0001&beta=0.5');
    store.getState().setStep(5000);
    expect(store.getState().runs.sgd.length).toBeGreaterThan(5000);
    store.getState().setStep(1e9);
    expect(store.getState().step).toBe(100000);
    expect(store.getState().runs.momentum.length).toBe(100001);
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
});
