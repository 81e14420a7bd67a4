import { MAX_STEPS } from '../core/trajectory';
import { timelineEnd } from '../state/runs';
import { useActions, useApp } from '../state/StoreContext';
import { SPEEDS } from '../state/settings';

/** Step back, Step, Play/Pause, Reset, the speed picker and the Timeline scrubber. */
export function PlaybackControls() {
  const step = useApp((s) => s.step);
  const playing = useApp((s) => s.playing);
  const speed = useApp((s) => s.settings.speed);
  // The Timeline's end, not the runs: extending a run ahead re-renders nothing here.
  const timelineMax = useApp((s) => timelineEnd(s.runs, s.step));
  const { stepBy, togglePlay, reset, setSpeed, setStep, pause } = useActions();

  return (
    <section className="panel playback" aria-label="Playback">
      <div className="buttons">
        <button type="button" onClick={() => stepBy(-1)} disabled={step === 0}>
          Step back
        </button>
        <button type="button" onClick={() => stepBy(1)} disabled={step >= MAX_STEPS}>
          Step
        </button>
        <button type="button" className="primary" onClick={togglePlay} aria-pressed={playing}>
          {playing ? 'Pause' : 'Play'}
        </button>
        <button type="button" onClick={reset}>
          Reset
        </button>
        <label className="speed">
          <span>Speed</span>
          <select value={speed} onChange={(e) => setSpeed(Number(e.target.value))}>
            {SPEEDS.map((v) => (
              <option key={v} value={v}>
                {v} steps/s
              </option>
            ))}
          </select>
        </label>
      </div>
      <input
        type="range"
        className="timeline"
        aria-label="Timeline"
        aria-valuetext={`Step ${step} of ${timelineMax}`}
        min={0}
        max={timelineMax}
        step={1}
        value={step}
        onChange={(e) => {
          pause();
          setStep(Number(e.target.value));
        }}
      />
      <p className="keys-hint" aria-label="Keyboard shortcuts">
        Keys: <kbd>Space</kbd> play/pause · <kbd>→</kbd> step · <kbd>←</kbd> step back ·{' '}
        <kbd>Home</kbd> back to step 0
      </p>
    </section>
  );
}
