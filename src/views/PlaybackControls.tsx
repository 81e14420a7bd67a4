import { SpeedPicker, StepButtons, TimelineSlider } from './PlaybackParts';

/** Step back, Step, Play/Pause, Reset, the speed picker and the Timeline scrubber. */
export function PlaybackControls() {
  return (
    <section className="panel playback" aria-label="Playback">
      <div className="buttons">
        <StepButtons />
        <SpeedPicker />
      </div>
      <TimelineSlider className="timeline" />
      <p className="keys-hint" aria-label="Keyboard shortcuts">
        Keys: <kbd>Space</kbd> play/pause · <kbd>→</kbd> step · <kbd>←</kbd> step back ·{' '}
        <kbd>Home</kbd> back to step 0
      </p>
    </section>
  );
}
