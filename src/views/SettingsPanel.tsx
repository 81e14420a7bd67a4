import { EXAMPLE_LOSSES } from '../core/expression/examples';
import { customPreset, PRESETS, type PresetId } from '../core/presets';
import { compileCustomLoss } from '../state/customLoss';
import { useApp, useAppStore } from '../state/StoreContext';
import { CustomLossField } from './CustomLossField';
import { NoiseField } from './NoiseField';
import { NumberBox, parseTypedPoint } from './NumberBox';
import { BetaField, EtaField } from './HyperparameterFields';
import { RunsField } from './RunsField';

/** Preset picker, β and η sliders with number boxes, and the w₀ box. */
export function SettingsPanel() {
  const settings = useApp((s) => s.settings);
  const setPreset = useApp((s) => s.setPreset);
  const setW0 = useApp((s) => s.setW0);
  const restoreDefaults = useApp((s) => s.restoreDefaults);
  const preset = useApp((s) => s.problem);
  const store = useAppStore();

  const pick = async (id: string) => {
    if (id !== 'custom') {
      setPreset(id as PresetId);
      return;
    }
    // Custom starts from the first example, with its own start, window and step size.
    const ex = EXAMPLE_LOSSES[0];
    if (!ex) return;
    const result = await compileCustomLoss(ex.expression, ex.w0);
    if (!result.ok) return;
    const s = store.getState();
    s.load(
      {
        settings: {
          ...s.settings,
          fn: 'custom',
          f: result.loss.text,
          w0: ex.w0,
          eta: ex.eta,
          beta: ex.beta,
          view: ex.view,
          etaByRun: {},
        },
        step: 0,
      },
      s.notices,
      customPreset(result.loss),
    );
  };

  return (
    <section className="panel settings" aria-label="Settings">
      <label className="field">
        <span>Loss</span>
        <select value={settings.fn} onChange={(e) => void pick(e.target.value)}>
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
          <option value="custom">Custom: type your own</option>
        </select>
      </label>
      {settings.fn === 'custom' && <CustomLossField />}
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
      <button type="button" className="defaults-button" onClick={restoreDefaults}>
        Preset defaults
      </button>
      <NoiseField />
    </section>
  );
}
