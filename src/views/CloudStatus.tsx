import { useCloud } from '../state/CloudContext';
import { useApp } from '../state/StoreContext';

/**
 * What the noise cloud is doing: a progress bar while the worker computes, then a line on what
 * the faint paths and the loss band show; nothing when there is no cloud.
 */
export function CloudStatus() {
  const status = useCloud((s) => s.status);
  const done = useCloud((s) => s.done);
  const total = useCloud((s) => s.total);
  const steps = useCloud((s) => s.steps);
  const message = useCloud((s) => s.message);
  const count = useApp((s) => s.settings.cloud);
  const noise = useApp((s) => s.settings.noise);
  if (count > 1 && !(noise > 0))
    return (
      <p className="cloud-status">
        Seeds at once: with σ = 0 every seed gives the same run; set σ above 0 to see a cloud.
      </p>
    );
  if (status === 'off') return null;
  if (status === 'error')
    return <p className="cloud-status field-error">Cloud stopped: {message}</p>;
  return (
    <p className="cloud-status" aria-live="polite">
      {status === 'running' ? (
        <>
          Computing {count} seeds off the page…{' '}
          <progress max={total} value={done} aria-label="Noise cloud progress">
            {Math.round((100 * done) / Math.max(1, total))} %
          </progress>
        </>
      ) : (
        <>
          {count} seeds, {steps} steps each: faint paths on the plot, median and 10–90 % band in the
          loss chart. At the same η momentum hovers higher, with a wider band: each gradient is
          added into about 1/(1−β) steps. At η·(1−β) its band matches SGD’s.
        </>
      )}
    </p>
  );
}
