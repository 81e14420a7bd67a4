import { MAX_STEPS } from '../core/trajectory';
import { timelineEnd } from '../state/runs';
import { SPEEDS } from '../state/settings';
import { useActions, useApp } from '../state/StoreContext';

/** Step back, Step, Play/Pause and Reset: the page's playback and the embed's share them. */
export function StepButtons() {
  const step = useApp((s) => s.step);
  const playing = useApp((s) => s.playing);
  const { stepBy, togglePlay, reset } = useActions();
  return (
    <>
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
    </>
  );
}

/** The playback speed, in steps per second. */
export function SpeedPicker() {
  const speed = useApp((s) => s.settings.speed);
  const { setSpeed } = useActions();
  return (
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
  );
}

/** The Timeline scrubber: moving it pauses playback and shows that step. */
export function TimelineSlider(props: { className: string }) {
  const step = useApp((s) => s.step);
  // The Timeline's end, not the runs: extending a run ahead re-renders nothing here.
  const timelineMax = useApp((s) => timelineEnd(s.runs, s.step));
  const { setStep, pause } = useActions();
  return (
    <input
      type="range"
      className={props.className}
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
  );
}
