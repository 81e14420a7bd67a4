import { StrictMode } from 'react';
import { createRoot } from 'react-dom/client';
import { App } from './views/App';
import { PointerHoldContext, StoreContext } from './state/StoreContext';
import { createAppStore, precomputeRuns } from './state/store';
import { FIRST_PAINT_HORIZON, HORIZON } from './state/runs';
import { parseUrl } from './state/urlCodec';
import { compileCustomLoss } from './state/customLoss';
import { customPreset, type Preset } from './core/presets';
import { startPlayer } from './state/player';
import { pointerHold } from './state/pointerHold';
import { syncUrl } from './state/urlSync';
import { afterNextPaint, whenIdle } from './state/schedule';
import { connectCloud, createCloudStore, queueCloud } from './state/cloud';
import { whenPanelsMounted } from './state/panelsMounted';
import { CloudContext } from './state/CloudContext';
import { pauseWhenHidden } from './state/visibility';
import { readPlotWidthHint } from './views/plotWidthHint';
import { skipPanelsWhileSliding } from './views/skipPanelsWhileSliding';
import './styles.css';
import './print.css';

/**
 * Steps (runs × steps each) above which the start computes its runs a piece per task
 * (precomputeRuns).
 */
const HEAVY_START_STEPS = 8000;

/** Longest wait for the anatomy's panels before the noise cloud starts anyway (ms). */
const CLOUD_START_MAX_MS = 3000;

/**
 * Starts the app. Not top-level await: the custom-loss chunk imports modules of this entry chunk,
 * and a dynamic import awaited while the entry is still evaluating would wait for itself.
 */
async function boot(): Promise<void> {
  const initial = parseUrl(location.search);
  const notices = [...initial.notices];
  let problem: Preset | undefined;
  if (initial.settings.fn === 'custom') {
    // Its box's chunk loads alongside, so the field is there when the page first renders.
    void import('./views/CustomLossField');
    // Only a custom-loss link waits for the expression chunk; every other page starts at once.
    const custom = await compileCustomLoss(initial.settings.f, initial.settings.w0);
    if (custom.ok) problem = customPreset(custom.loss);
    else
      notices.push({
        key: 'f',
        value: initial.settings.f.slice(0, 60),
        message: `${custom.error}; using the default loss`,
      });
  }
  // A heavy link computes its runs a task at a time first; a light one (the default: 2 × 1000
  // steps) would only lose a frame to the pauses.
  const steps = initial.settings.opt.length * (initial.step + HORIZON);
  const warm =
    steps > HEAVY_START_STEPS
      ? await precomputeRuns(initial, problem, () => new Promise((r) => setTimeout(r, 0)))
      : [];
  const store = createAppStore(initial, problem, warm, FIRST_PAINT_HORIZON);
  store.setState({ notices });
  startPlayer(store);
  const cloud = createCloudStore();
  // The noise cloud's worker starts once the plot is on screen and the anatomy's panels have
  // mounted (an embedded page has none): on a machine of few cores its start and 64 × runs ×
  // 5000 steps would otherwise compete with the first render and the panels' mounts.
  queueCloud(initial.settings, cloud);
  afterNextPaint(() =>
    initial.settings.embed
      ? connectCloud(store, cloud)
      : whenPanelsMounted(() => connectCloud(store, cloud), CLOUD_START_MAX_MS),
  );
  pauseWhenHidden(store, document);
  const hold = pointerHold(document);
  skipPanelsWhileSliding(document, hold);
  syncUrl(store, (query) => history.replaceState(history.state, '', query), hold, whenIdle);

  const root = document.getElementById('root');
  if (root) {
    // An embedded page lays the plot out differently from the shell.
    if (!initial.settings.embed) readPlotWidthHint(root);
    createRoot(root).render(
      <StrictMode>
        <StoreContext.Provider value={store}>
          <PointerHoldContext.Provider value={hold}>
            <CloudContext.Provider value={cloud}>
              <App />
            </CloudContext.Provider>
          </PointerHoldContext.Provider>
        </StoreContext.Provider>
      </StrictMode>,
    );
  }
}

void boot();
