import { useLayoutEffect, useRef } from 'react';
import { useCloud, useCloudStore } from '../state/CloudContext';
import { useApp } from '../state/StoreContext';
import { followCloudProgress } from './followCloudProgress';

/**
 * What the noise cloud is doing: a progress bar while the worker computes, then a line on what
 * the faint paths and the loss band show; nothing when there is no cloud. The bar follows the
 * stream without re-rendering this (see followCloudProgress).
 */
export function CloudStatus() {
  const cloud = useCloudStore();
  const status = useCloud((s) => s.status);
  const bar = useRef<HTMLProgressElement>(null);
  useLayoutEffect(() => {
    const el = bar.current;
    return el ? followCloudProgress(cloud, el) : undefined;
  }, [cloud, status]);
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
          <progress ref={bar} aria-label="Noise cloud progress" />
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
