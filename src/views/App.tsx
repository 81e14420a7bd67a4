import { presetById } from '../core/presets';
import { useApp } from '../state/StoreContext';
import { LossCurve1D } from './LossCurve1D';
import { LossSurface2D } from './surface/LossSurface2D';
import { SettingsPanel } from './SettingsPanel';
import { PlaybackControls } from './PlaybackControls';
import { Readout } from './Readout';
import { Notices } from './Notices';
import { ShareBar } from './ShareBar';
import { Legend } from './Legend';
import { AnatomySection } from './anatomy/AnatomySection';
import { useKeyboardShortcuts } from './useKeyboardShortcuts';
import { Announcer } from './Announcer';

/** The whole page: header, plot with legend, controls and readout. */
export function App() {
  const fn = useApp((s) => s.settings.fn);
  const preset = presetById(fn);
  useKeyboardShortcuts();
  return (
    <div className="app">
      <header className="app-header">
        <h1>
          Heavy Ball <small>SGD vs. momentum, step by step</small>
        </h1>
        <ShareBar />
      </header>
      <Notices />
      <Announcer />
      <main className="layout">
        <section className="plot-panel" aria-label="Plot">
          <div className="plot-head">
            <span className="formula">{preset.text}</span>
            <Legend />
          </div>
          {preset.dim === 1 ? <LossCurve1D /> : <LossSurface2D />}
          <PlaybackControls />
        </section>
        <aside className="side">
          <Readout />
          <SettingsPanel />
        </aside>
      </main>
      <AnatomySection />
    </div>
  );
}
