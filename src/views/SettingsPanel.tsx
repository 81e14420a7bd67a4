import { PRESETS, presetById, type PresetId } from '../core/presets';
import { useApp } from '../state/StoreContext';
import { NumberBox, parseTypedPoint } from './NumberBox';
import { BetaField, EtaField } from './HyperparameterFields';
import { RunsField } from './RunsField';

/** Preset picker, β and η sliders with number boxes, and the w₀ box. */
export function SettingsPanel() {
  const settings = useApp((s) => s.settings);
  const setPreset = useApp((s) => s.setPreset);
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

      <BetaField />
      <EtaField />
      <RunsField />

      <div className="field">
        <span>
          Start w₀ <small>(or click the plot)</small>
        </span>
        <NumberBox
          label="w₀ start point"
          value={settings.w0}
          width="10em"
          show={(w) => w.join(', ')}
          parse={(t) => parseTypedPoint(t, preset.dim)}
          onCommit={setW0}
        />
      </div>
    </section>
  );
}
