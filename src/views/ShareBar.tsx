import { useState } from 'react';
import { trajectoriesCsv } from '../core/csv';
import { serializeUrl } from '../state/urlCodec';
import { noiseFor } from '../state/runs';
import { useAppStore } from '../state/StoreContext';
import { RUN_STYLE } from './runStyle';
import { embedSnippet, embedTitle } from './export/embedCode';
import { copyText, ExportButtons, type ManualCopy } from './export/ExportButtons';

/**
 * Every way to take this exact view elsewhere: "Copy link", "Copy embed code" (the README's
 * iframe), "Export CSV", and the exports of the plot (PNG, SVG, video, GIF, LaTeX).
 */
export function ShareBar() {
  const store = useAppStore();
  const [message, setMessage] = useState('');
  const [manual, setManual] = useState<ManualCopy | null>(null);
  const feedback = { say: setMessage, showManual: setManual };
  const here = () => `${location.origin}${location.pathname}`;

  const copyLink = async () => {
    const { settings, step } = store.getState();
    const url = `${here()}${serializeUrl({ settings, step })}`;
    try {
      await navigator.clipboard.writeText(url);
      setMessage('Link copied');
    } catch {
      // Clipboard refused (permissions, insecure context): show the link to copy by hand.
      setMessage(url);
    }
  };

  const copyEmbed = () => {
    const { settings, step, runs, problem } = store.getState();
    const src = `${here()}${serializeUrl({ settings: { ...settings, embed: true }, step })}`;
    const title = embedTitle(
      runs.map((e) => RUN_STYLE[e.id].label),
      problem.name,
    );
    void copyText(embedSnippet(src, title), 'Embed code copied', 'Embed code to copy', feedback);
  };

  const exportCsv = () => {
    const { runs, step, settings, problem } = store.getState();
    const csv = trajectoriesCsv(
      runs.map(({ id, run }) => ({ name: id, run })),
      step,
      noiseFor(settings, problem.dim),
    );
    const blob = new Blob([csv], { type: 'text/csv' });
    const a = document.createElement('a');
    a.href = URL.createObjectURL(blob);
    a.download = `heavy-ball-${settings.fn}-step${step}.csv`;
    a.click();
    setTimeout(() => URL.revokeObjectURL(a.href), 1000);
  };

  return (
    <div className="share-bar">
      <button type="button" onClick={() => void copyLink()}>
        Copy link
      </button>
      <button type="button" onClick={copyEmbed}>
        Copy embed code
      </button>
      <button type="button" onClick={exportCsv}>
        Export CSV
      </button>
      <ExportButtons {...feedback} />
      <span className="share-message" role="status">
        {message}
      </span>
      {manual && (
        <div className="manual-copy">
          <label>
            <span>{manual.label}</span>
            <textarea
              readOnly
              value={manual.text}
              rows={Math.min(12, manual.text.split('\n').length + 1)}
              onFocus={(e) => e.currentTarget.select()}
            />
          </label>
          <button type="button" onClick={() => setManual(null)}>
            Close
          </button>
        </div>
      )}
    </div>
  );
}
