import type { ReactNode } from 'react';
import { useApp } from '../../state/StoreContext';
import { SpeedPicker, StepButtons, TimelineSlider } from '../PlaybackParts';

/**
 * The embed's playback in one row: the step on screen, Step back / Step / Play / Reset, the
 * speed and the Timeline. Each part can be hidden by the link's `hide` key ("playback",
 * "speed", "timeline"); the step label always shows. `children` end the row.
 */
export function EmbedControls(props: { hidden: ReadonlySet<string>; children?: ReactNode }) {
  const { hidden, children } = props;
  const step = useApp((s) => s.step);
  return (
    <section className="embed-controls" aria-label="Playback">
      <p className="step-label embed-step">Step {step}</p>
      {!hidden.has('playback') && (
        <div className="embed-buttons">
          <StepButtons />
        </div>
      )}
      {!hidden.has('speed') && <SpeedPicker />}
      {!hidden.has('timeline') && <TimelineSlider className="timeline embed-timeline" />}
      {children}
    </section>
  );
}
