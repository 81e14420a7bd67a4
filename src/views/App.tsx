import { useApp } from '../state/StoreContext';
import { SettingsPanel } from './SettingsPanel';
import { PlaybackControls } from './PlaybackControls';
import { Readout } from './Readout';
import { Notices } from './Notices';
import { ShareBar } from './ShareBar';
import { Plot } from './Plot';
import { EmbedApp } from './EmbedApp';
import { AnatomySection } from './anatomy/AnatomySection';
import { useKeyboardShortcuts } from './useKeyboardShortcuts';
import { Announcer } from './Announcer';

/** The whole page: header, plot with legend, controls and readout, then the anatomy panels. */
export function App() {
  const embed = useApp((s) => s.settings.embed);
  useKeyboardShortcuts();
  if (embed) return <EmbedApp />;
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
          <Plot />
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
