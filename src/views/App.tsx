import { lazy, startTransition, Suspense, useEffect, useState } from 'react';
import { useApp } from '../state/StoreContext';
import { SettingsPanel } from './SettingsPanel';
import { PlaybackControls } from './PlaybackControls';
import { Readout } from './Readout';
import { Notices } from './Notices';
import { ShareBar } from './ShareBar';
import { Plot } from './Plot';
import { EmbedApp } from './EmbedApp';
import { useKeyboardShortcuts } from './useKeyboardShortcuts';
import { Announcer } from './Announcer';

// The anatomy is ~90 % of the page's elements and a fifth of its code: its own chunk, loaded
// and mounted only once the plot is on screen, so it never delays the first plot.
const AnatomySection = lazy(() => import('./anatomy/AnatomySection'));

/**
 * False in the first commit, true once that commit has been painted: a requestAnimationFrame
 * callback runs just before the paint, and a task queued from it runs after the paint.
 */
function useAfterFirstPaint(): boolean {
  const [painted, setPainted] = useState(false);
  useEffect(() => {
    let timer: ReturnType<typeof setTimeout> | undefined;
    const frame = requestAnimationFrame(() => {
      timer = setTimeout(() => startTransition(() => setPainted(true)), 0);
    });
    return () => {
      cancelAnimationFrame(frame);
      if (timer !== undefined) clearTimeout(timer);
    };
  }, []);
  return painted;
}

/** The whole page: header, plot with legend, controls and readout, then the anatomy panels. */
export function App() {
  const embed = useApp((s) => s.settings.embed);
  const painted = useAfterFirstPaint();
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
      {painted && (
        <Suspense fallback={null}>
          <AnatomySection />
        </Suspense>
      )}
    </div>
  );
}
