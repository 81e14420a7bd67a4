import { useApp } from '../state/StoreContext';
import { serializeUrl } from '../state/urlCodec';
import { Plot } from './Plot';
import { PlaybackControls } from './PlaybackControls';
import { BetaField, EtaField } from './HyperparameterFields';
import { Notices } from './Notices';
import { Announcer } from './Announcer';

/** The `embed=1` layout for an <iframe>: the plot, playback and the β and η sliders, nothing else. */
export function EmbedApp() {
  const settings = useApp((s) => s.settings);
  const step = useApp((s) => s.step);
  const full = serializeUrl({ settings: { ...settings, embed: false }, step });
  return (
    <div className="app embed">
      <Notices />
      <Announcer />
      <main className="plot-panel" aria-label="Heavy Ball (embedded)">
        <Plot />
        <p className="step-label">Step {step}</p>
        <PlaybackControls />
        <div className="embed-fields">
          <BetaField />
          <EtaField />
        </div>
        <a className="open-full" href={full} target="_blank" rel="noopener">
          Open in Heavy Ball ↗
        </a>
      </main>
    </div>
  );
}
