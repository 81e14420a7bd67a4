import { useRef, type CSSProperties } from 'react';
import { useApp } from '../state/StoreContext';
import { viewOf } from '../state/settings';
import { serializeUrl } from '../state/urlCodec';
import { Plot } from './Plot';
import { BetaField, EtaField } from './HyperparameterFields';
import { Notices } from './Notices';
import { Announcer } from './Announcer';
import { EmbedControls } from './export/EmbedControls';
import { fitPlotWidth } from './export/embedFit';
import { usePlotRoom } from './export/usePlotRoom';
import './export/export.css';

/**
 * The `embed=1` layout for an <iframe>: the plot, playback and the β and η sliders, nothing else,
 * fitted to the iframe's height (the plot narrows until it is no taller than the room the
 * controls leave it, so at the README's 720×560 everything shows without scrolling). The link's
 * `hide` key takes out controls: eta, beta, playback, speed, timeline, share (the "Open in Heavy
 * Ball" link) and start (clicks on the plot no longer move w₀).
 */
export function EmbedApp() {
  const settings = useApp((s) => s.settings);
  const step = useApp((s) => s.step);
  const problem = useApp((s) => s.problem);
  const full = serializeUrl({ settings: { ...settings, embed: false }, step });
  const hidden = new Set(settings.hide);
  const box = useRef<HTMLDivElement>(null);
  const { width, room } = usePlotRoom(box);
  const [vx = [-1, 1], vy = [-1, 1]] = viewOf(settings, problem);
  const plotWidth = fitPlotWidth({
    dim: problem.dim,
    room,
    width,
    spanX: vx[1] - vx[0],
    spanY: vy[1] - vy[0],
  });
  const fit = { '--embed-plot-width': `${plotWidth}px` } as CSSProperties;
  const fields = !hidden.has('beta') || !hidden.has('eta');
  return (
    <div className={`app embed embed-fit${hidden.has('start') ? ' no-start' : ''}`}>
      <Notices />
      <Announcer />
      <main className="plot-panel" aria-label="Heavy Ball (embedded)">
        <div ref={box} className="embed-plot" style={plotWidth > 0 ? fit : undefined}>
          <Plot />
        </div>
        <EmbedControls hidden={hidden}>
          {!hidden.has('share') && (
            <a className="open-full" href={full} target="_blank" rel="noopener">
              Open in Heavy Ball ↗
            </a>
          )}
        </EmbedControls>
        {fields && (
          <div className="embed-fields">
            {!hidden.has('beta') && <BetaField />}
            {!hidden.has('eta') && <EtaField />}
          </div>
        )}
      </main>
    </div>
  );
}
