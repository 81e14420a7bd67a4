import type { ReactNode } from 'react';
import { MAX_STEPS } from '../../core/trajectory';
import { timelineEnd } from '../../state/runs';
import { SPEEDS } from '../../state/settings';
import { useActions, useApp } from '../../state/StoreContext';

/**
 * The embed's playback in one row: the step on screen, Step back / Step / Play / Reset, the
 * speed and the Timeline. Each part can be hidden by the link's `hide` key ("playback",
 * "speed", "timeline"); the step label always shows. `children` end the row.
 */
export function EmbedControls(props: { hidden: ReadonlySet<string>; children?: ReactNode }) {
  const { hidden, children } = props;
  const step = useApp((s) => s.step);
  const playing = useApp((s) => s.playing);
  const speed = useApp((s) => s.settings.speed);
  const runs = useApp((s) => s.runs);
  const { stepBy, togglePlay, reset, setSpeed, setStep, pause } = useActions();
  const timelineMax = timelineEnd(runs, step);
  return (
    <section className="embed-controls" aria-label="Playback">
      <p className="step-label embed-step">Step {step}</p>
      {!hidden.has('playback') && (
        <div className="embed-buttons">
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
        </div>
      )}
      {!hidden.has('speed') && (
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
      )}
      {!hidden.has('timeline') && (
        <input
          type="range"
          className="timeline embed-timeline"
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
      )}
      {children}
    </section>
  );
}
