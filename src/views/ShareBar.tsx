import { useState } from 'react';
import { trajectoriesCsv } from '../core/csv';
import { serializeUrl } from '../state/urlCodec';
import { noiseFor } from '../state/runs';
import { useAppStore } from '../state/StoreContext';

/** "Copy link" and "Export CSV": the two ways to take this exact view elsewhere. */
export function ShareBar() {
  const store = useAppStore();
  const [message, setMessage] = useState('');

  const copyLink = async () => {
    const { settings, step } = store.getState();
    const url = `${location.origin}${location.pathname}${serializeUrl({ settings, step })}`;
    try {
      await navigator.clipboard.writeText(url);
      setMessage('Link copied');
    } catch {
      // Clipboard refused (permissions, insecure context): show the link to copy by hand.
      setMessage(url);
    }
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
      <button type="button" onClick={exportCsv}>
        Export CSV
      </button>
      <span className="share-message" role="status">
        {message}
      </span>
    </div>
  );
}
