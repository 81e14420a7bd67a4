import { memo } from 'react';
import { MAX_NOISE_SEED } from '../core/noise';
import { MAX_CLOUD, MAX_NOISE } from '../state/settings';
import { useApp } from '../state/StoreContext';
import { NumberBox, parseTyped } from './NumberBox';
import { SliderField } from './SliderField';
import { CloudStatus } from './CloudStatus';

/** Slider positions: 0 is σ = 0, then a log scale from 1e-3 to 1000 (DESIGN §3's range). */
export const NOISE_STEPS = 120;
const LOG_MIN = -3;
const LOG_SPAN = Math.log10(MAX_NOISE) - LOG_MIN;

/** σ at a slider position (0 → exactly 0). */
export function noiseAt(position: number): number {
  if (position <= 0) return 0;
  const v = 10 ** (LOG_MIN + (LOG_SPAN * Math.min(position, NOISE_STEPS)) / NOISE_STEPS);
  // Round to 3 significant digits so the slider lands on numbers people type.
  return Number(v.toPrecision(3));
}

/** The slider position nearest to σ. */
export function noisePosition(sigma: number): number {
  if (!(sigma > 0)) return 0;
  const p = Math.round(((Math.log10(sigma) - LOG_MIN) / LOG_SPAN) * NOISE_STEPS);
  return Math.min(NOISE_STEPS, Math.max(1, p));
}

const show = (n: number) => String(n);

/**
 * Gradient noise (DESIGN §8): σ (a slider with a number box), the seed, and how many seeds run at
 * once. Every run gets the same draw ξ_t at step t, so the runs differ only by their rule.
 */
export const NoiseField = memo(function NoiseField() {
  const sigma = useApp((s) => s.settings.noise);
  const seed = useApp((s) => s.settings.seed);
  const cloud = useApp((s) => s.settings.cloud);
  const setNoise = useApp((s) => s.setNoise);
  const setSeed = useApp((s) => s.setSeed);
  const setCloud = useApp((s) => s.setCloud);
  return (
    <fieldset className="field noise-field">
      <legend>Gradient noise</legend>
      <SliderField
        label="σ gradient noise"
        title={
          <>
            <b>σ</b> noise <small>∇L + σ·ξ, ξ ~ N(0, I); 0 is exact</small>
          </>
        }
        position={noisePosition(sigma)}
        min={0}
        max={NOISE_STEPS}
        step={1}
        valueText={`σ = ${sigma}`}
        onPosition={(p) => setNoise(noiseAt(p))}
      >
        <NumberBox
          label="σ value"
          value={sigma}
          show={show}
          parse={(t) =>
            parseTyped(t, (n) => (n >= 0 && n <= MAX_NOISE ? null : `σ must be 0 … ${MAX_NOISE}`))
          }
          onCommit={setNoise}
        />
      </SliderField>
      <div className="noise-row">
        <label className="inline-field">
          <span>Seed</span>
          <NumberBox
            label="Seed"
            value={seed}
            width="7.5em"
            show={show}
            parse={(t) =>
              parseTyped(t, (n) =>
                Number.isInteger(n) && n >= 0 && n <= MAX_NOISE_SEED
                  ? null
                  : `the seed is a whole number 0 … ${MAX_NOISE_SEED}`,
              )
            }
            onCommit={setSeed}
          />
        </label>
        <label className="inline-field">
          <span>Cloud size</span>
          <NumberBox
            label="Cloud size"
            value={cloud}
            width="4em"
            show={show}
            parse={(t) =>
              parseTyped(t, (n) =>
                Number.isInteger(n) && n >= 1 && n <= MAX_CLOUD
                  ? null
                  : `between 1 and ${MAX_CLOUD} seeds`,
              )
            }
            onCommit={setCloud}
          />
        </label>
      </div>
      <CloudStatus />
    </fieldset>
  );
});
