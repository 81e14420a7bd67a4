import { PRESETS, presetById, type PresetId } from '../core/presets';
import { useApp } from '../state/StoreContext';
import { MAX_ETA } from '../state/settings';
import { SliderField } from './SliderField';
import { NumberBox, parseTyped } from './NumberBox';
import { ETA_STEPS, etaAt, positionOf } from './etaScale';
import { formatNumber } from './format';

const showNumber = (n: number) => String(n);

/** Preset picker, β and η sliders with number boxes, and the w₀ box. */
export function SettingsPanel() {
  const settings = useApp((s) => s.settings);
  const setPreset = useApp((s) => s.setPreset);
  const setBeta = useApp((s) => s.setBeta);
  const setEta = useApp((s) => s.setEta);
  const setW0 = useApp((s) => s.setW0);
  const preset = presetById(settings.fn);

  return (
    <section className="panel settings" aria-label="Settings">
      <label className="field">
        <span>Loss</span>
        <select value={settings.fn} onChange={(e) => setPreset(e.target.value as PresetId)}>
          <optgroup label="1D curves">
            {PRESETS.filter((p) => p.dim === 1).map((p) => (
              <option key={p.id} value={p.id}>
                {p.name}: {p.text}
              </option>
            ))}
          </optgroup>
          <optgroup label="2D surfaces">
            {PRESETS.filter((p) => p.dim === 2).map((p) => (
              <option key={p.id} value={p.id}>
                {p.name}
              </option>
            ))}
          </optgroup>
        </select>
      </label>
      <p className="lesson">{preset.lesson}</p>

      <SliderField
        label="β momentum"
        title={
          <>
            <b>β</b> momentum{' '}
            <small>memory 1/(1−β) = {formatNumber(1 / (1 - settings.beta), 5)} steps</small>
          </>
        }
        position={Math.min(settings.beta, 0.999)}
        min={0}
        max={0.999}
        step={0.001}
        valueText={`β = ${settings.beta}`}
        onPosition={setBeta}
      >
        <NumberBox
          label="β value"
          value={settings.beta}
          show={showNumber}
          parse={(t) => parseTyped(t, (n) => (n >= 0 && n < 1 ? null : 'β must be ≥ 0 and < 1'))}
          onCommit={setBeta}
        />
      </SliderField>

      <SliderField
        label="η learning rate"
        title={
          <>
            <b>η</b> learning rate <small>log scale</small>
          </>
        }
        position={positionOf(settings.eta)}
        min={0}
        max={ETA_STEPS}
        step={1}
        valueText={`η = ${settings.eta}`}
        onPosition={(p) => setEta(etaAt(p))}
      >
        <NumberBox
          label="η value"
          value={settings.eta}
          show={showNumber}
          parse={(t) =>
            parseTyped(t, (n) => (n > 0 && n <= MAX_ETA ? null : `η must be > 0 and ≤ ${MAX_ETA}`))
          }
          onCommit={setEta}
        />
      </SliderField>

      <div className="field">
        <span>
          Start w₀ <small>(or click the plot)</small>
        </span>
        <NumberBox
          label="w₀ start point"
          value={settings.w0}
          width="10em"
          show={(w) => w.join(', ')}
          parse={(t) => {
            const parts = t.split(',').map((p) => p.trim());
            if (parts.length !== preset.dim)
              return {
                error: `w₀ needs ${preset.dim} number${preset.dim > 1 ? 's, like “-9, 3”' : ''}`,
              };
            const nums: number[] = [];
            for (const p of parts) {
              const n = parseTyped(p, (v) => (Math.abs(v) <= 1e6 ? null : 'keep |w₀| ≤ 1e6'));
              if (typeof n === 'object') return n;
              nums.push(n);
            }
            return nums;
          }}
          onCommit={setW0}
        />
      </div>
    </section>
  );
}
