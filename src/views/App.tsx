import { startTransition, useEffect, useState, type ComponentType } from 'react';
import { flushSync } from 'react-dom';
import { afterNextPaint } from '../state/schedule';
import { forgetPlotWidthHint } from './plotWidthHint';
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
import { loadKatexFaces } from './anatomy/useKatex';

// The anatomy is ~90 % of the page's elements and a fifth of its code: its own chunk, loaded
// and mounted only once the plot is on screen, so it never delays the first plot.
let anatomy: ComponentType | null = null;
let loading: Promise<ComponentType> | null = null;
const loadAnatomy = (): Promise<ComponentType> =>
  (loading ??= import('./anatomy/AnatomySection').then((m) => (anatomy = m.default)));

/**
 * The anatomy once its chunk is in: mounted in a transition (rendered in slices between frames),
 * or at once if the chunk was already there (e.g. when printing).
 */
function Anatomy() {
  const [Section, setSection] = useState<ComponentType | null>(() => anatomy);
  useEffect(() => {
    if (Section) return;
    let live = true;
    loadAnatomy().then(
      (C) => live && startTransition(() => setSection(() => C)),
      // Offline: the page works without the anatomy (and without the room kept for it).
      () => live && setSection(() => Nothing),
    );
    return () => {
      live = false;
    };
  }, [Section]);
  return Section ? <Section /> : <Placeholder />;
}

function Nothing() {
  return null;
}

/**
 * Room for the anatomy until it mounts: the page is as tall from its first paint as it will be,
 * so a scrollbar that comes with the anatomy does not narrow (and redraw) the plot later.
 */
function Placeholder() {
  return <div aria-hidden="true" className="anatomy-room" />;
}

/**
 * False in the first commit, true once that commit has been painted (afterNextPaint); the
 * anatomy's chunk starts loading then. Printing (beforeprint, also page.pdf()) before
 * then renders the rest of the page at once, so a print never lacks it (the anatomy too, once
 * its chunk is in).
 */
function useAfterFirstPaint(): boolean {
  const [painted, setPainted] = useState(false);
  const fillHorizon = useApp((s) => s.fillHorizon);
  useEffect(() => {
    let timer: ReturnType<typeof setTimeout> | undefined;
    const cancelPaint = afterNextPaint(() => {
      forgetPlotWidthHint();
      // The runs as far as the rest of the page reads them (statuses, timeline, lessons).
      fillHorizon();
      loadAnatomy().catch(() => {});
      loadKatexFaces().catch(() => {});
      // In a task of its own: fillHorizon's store update renders synchronously at the end of
      // this one, and React would take a render asked for here along into it (one long task).
      // Not a transition: an update every frame (playing) would keep restarting it.
      timer = setTimeout(() => setPainted(true), 0);
    });
    const cancel = () => {
      cancelPaint();
      clearTimeout(timer);
    };
    const print = () =>
      flushSync(() => {
        fillHorizon();
        setPainted(true);
      });
    addEventListener('beforeprint', print);
    return () => {
      cancel();
      removeEventListener('beforeprint', print);
    };
  }, [fillHorizon]);
  return painted;
}

/**
 * The whole page: header, plot with legend, controls and readout, then the anatomy panels. The
 * first commit holds only the header and the plot, so the plot is painted as soon as it can be
 * (on a slow machine the rest of the page cost it ~100 ms); the controls, readout and settings
 * follow in the next frame, below the plot and in the side column (nothing above or beside the
 * plot moves it), and the anatomy when its chunk has loaded.
 */
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
          {painted && <PlaybackControls />}
        </section>
        <aside className="side">
          {painted && <Readout />}
          {painted && <SettingsPanel />}
        </aside>
      </main>
      {painted ? <Anatomy /> : <Placeholder />}
    </div>
  );
}
