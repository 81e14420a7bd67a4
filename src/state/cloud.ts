import { createStore, type StoreApi } from 'zustand/vanilla';
import type { CloudSpec, LossBand } from '../core/cloud';
import type { OptimizerId } from '../core/optimizers/registry';
import type { PresetId } from '../core/presets';
import type { CloudMessage, CloudRequest } from '../workers/cloudProtocol';
import { runEta, type Settings } from './settings';
import type { AppStore } from './store';

/** Steps a cloud is computed to: enough for the lesson, bounded in memory (64 × 4 runs). */
export const CLOUD_STEPS = 5000;

/** The noise cloud of the current settings, filled in as the worker streams it. */
export interface CloudState {
  /** What was asked for; a change of settings starts a new job. */
  readonly key: string;
  readonly status: 'off' | 'running' | 'done' | 'error';
  /** Members computed so far, and how many there will be. */
  readonly done: number;
  readonly total: number;
  readonly steps: number;
  /** Each run's members' paths (flat w rows), in seed order as they arrive. */
  readonly paths: Partial<Record<OptimizerId, readonly Float64Array[]>>;
  /** Each run's loss median and 10–90 % band across the seeds, once all its seeds are in. */
  readonly bands: Partial<Record<OptimizerId, LossBand>>;
  readonly message: string;
}

/** The store the cloud lives in (separate from the app store, so streaming never re-renders it). */
export type CloudStore = StoreApi<CloudState>;

const OFF: CloudState = {
  key: '',
  status: 'off',
  done: 0,
  total: 0,
  steps: 0,
  paths: {},
  bands: {},
  message: '',
};

/** Creates an empty cloud store. */
export function createCloudStore(): CloudStore {
  return createStore<CloudState>()(() => OFF);
}

/** The cloud a settings object asks for, or null when there is none (one seed, or no noise). */
export function cloudRequest(settings: Settings): Omit<CloudRequest, 'job'> | null {
  if (settings.cloud <= 1 || !(settings.noise > 0)) return null;
  const spec: CloudSpec = {
    w0: settings.w0,
    runs: settings.opt.map((id) => ({ id, eta: runEta(settings, id) })),
    beta: settings.beta,
    sigma: settings.noise,
    seed: settings.seed,
    count: settings.cloud,
    steps: CLOUD_STEPS,
  };
  const loss =
    settings.fn === 'custom'
      ? ({ kind: 'custom', f: settings.f } as const)
      : ({ kind: 'preset', id: settings.fn as PresetId } as const);
  return { loss, spec };
}

/** The key of a cloud shown as on its way before connectCloud runs (never a request's key). */
const QUEUED = 'queued';

/**
 * Shows the cloud the settings ask for as being computed (progress 0) before its worker starts,
 * so the page says a cloud is coming from its first paint (the worker waits for the anatomy's
 * panels). connectCloud then starts it, or clears it if the settings no longer ask for one.
 */
export function queueCloud(settings: Settings, cloud: CloudStore): void {
  const request = cloudRequest(settings);
  if (!request) return;
  cloud.setState({
    ...OFF,
    key: QUEUED,
    status: 'running',
    total: request.spec.runs.length * request.spec.count,
    steps: request.spec.steps,
  });
}

/**
 * Keeps the cloud in step with the app's settings: a change that alters the cloud ends the
 * running worker (its results would be stale) and starts a new one; the main thread only stores
 * what arrives. `makeWorker` is injectable for tests.
 */
export function connectCloud(
  app: AppStore,
  cloud: CloudStore,
  makeWorker: () => Worker = () =>
    new Worker(new URL('../workers/cloud.worker.ts', import.meta.url), { type: 'module' }),
): () => void {
  let worker: Worker | null = null;
  let job = 0;
  const sync = (settings: Settings) => {
    const request = cloudRequest(settings);
    const key = request ? JSON.stringify(request) : '';
    if (key === cloud.getState().key) return;
    worker?.terminate();
    worker = null;
    if (!request) {
      cloud.setState({ ...OFF, key });
      return;
    }
    const mine = ++job;
    cloud.setState({
      ...OFF,
      key,
      status: 'running',
      total: request.spec.runs.length * request.spec.count,
      steps: request.spec.steps,
    });
    worker = makeWorker();
    // The runs' bands come one message each, right before 'done': kept until then and stored
    // together, so the loss chart draws them in one render instead of one per run.
    let bands: CloudState['bands'] = {};
    worker.onmessage = (e: MessageEvent<CloudMessage>) => {
      const m = e.data;
      // A message from an ended job (already in flight when it was ended) is stale.
      if (m.job !== job) return;
      const s = cloud.getState();
      if (m.kind === 'member')
        cloud.setState({ paths: { ...s.paths, [m.run]: [...(s.paths[m.run] ?? []), m.w] } });
      else if (m.kind === 'progress') cloud.setState({ done: m.done });
      else if (m.kind === 'band') bands = { ...bands, [m.run]: m.band };
      else if (m.kind === 'error') cloud.setState({ status: 'error', message: m.message });
      else cloud.setState({ status: 'done', bands });
    };
    worker.onerror = (e) => cloud.setState({ status: 'error', message: e.message });
    worker.postMessage({ job: mine, ...request } satisfies CloudRequest);
  };
  sync(app.getState().settings);
  const unsubscribe = app.subscribe((s, prev) => {
    if (s.settings !== prev.settings) sync(s.settings);
  });
  return () => {
    unsubscribe();
    worker?.terminate();
  };
}
