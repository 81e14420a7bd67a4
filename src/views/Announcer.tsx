import { useEffect, useState } from 'react';
import { shownRow, statusAt, statusText } from '../core/trajectory';
import { useAppStore } from '../state/StoreContext';
import type { AppState } from '../state/store';
import { formatNumber } from './format';
import { RUN_STYLE } from './runStyle';

/** Quiet time after the last step change before it is read out, ms. */
const SETTLE_MS = 500;

/** What a screen reader hears about the step on screen: t, and each run's loss and status. */
export function describeStep(s: Pick<AppState, 'step' | 'runs'>): string {
  const parts = s.runs.map(({ id: name, run }) => {
    const t = shownRow(run, s.step);
    const status = statusAt(run, s.step);
    return `${RUN_STYLE[name].label} loss ${formatNumber(run.loss[t])}${status.kind === 'running' ? '' : `, ${statusText(status)}`}`;
  });
  return `Step ${s.step}. ${parts.join('; ')}.`;
}

/**
 * A polite live region. While playing it says only "Playing"; a step reached by stepping,
 * scrubbing or pausing is read out once things settle, never once per frame.
 */
export function Announcer() {
  const store = useAppStore();
  const [text, setText] = useState('');
  useEffect(() => {
    let timer: ReturnType<typeof setTimeout> | undefined;
    const unsubscribe = store.subscribe((s, prev) => {
      if (s.playing && !prev.playing) {
        clearTimeout(timer);
        setText('Playing');
        return;
      }
      if (s.playing) return;
      if (s.step === prev.step && s.runs === prev.runs && s.playing === prev.playing) return;
      clearTimeout(timer);
      timer = setTimeout(() => setText(describeStep(store.getState())), SETTLE_MS);
    });
    return () => {
      clearTimeout(timer);
      unsubscribe();
    };
  }, [store]);
  return (
    <div
      className="sr-only"
      role="status"
      aria-live="polite"
      aria-atomic="true"
      data-testid="announcer"
    >
      {text}
    </div>
  );
}
