import { lazy, Suspense } from 'react';
import { customPreset, PRESETS, type PresetId } from '../core/presets';
import { compileCustomLoss } from '../state/customLoss';
import { useActions, useApp, useAppAfterPaint, useAppStore } from '../state/StoreContext';
import { lessonCaveat } from './lessonCaveat';
import { NoiseField } from './NoiseField';
import { NumberBox, parseTypedPoint } from './NumberBox';
import { BetaField, EtaField } from './HyperparameterFields';
import { RunsField } from './RunsField';

// Only a custom loss shows its box and examples: their code loads when it is picked.
const CustomLossField = lazy(() =>
  import('./CustomLossField').then((m) => ({ default: m.CustomLossField })),
);

/**
 * Preset picker, β and η sliders with number boxes, and the w₀ box. Reads only the loss, w₀ and
 * the lesson's caveat: a β or η tick re-renders the slider that moved, not this whole panel, and
 * when the panel does re-render its fields (memoised) do not.
 */
export function SettingsPanel() {
  const fn = useApp((s) => s.settings.fn);
  const w0 = useApp((s) => s.settings.w0);
  const { setPreset, setW0, restoreDefaults } = useActions();
  const preset = useApp((s) => s.problem);
  const store = useAppStore();
  // A string, so the panel re-renders only when the sentence changes, not on every β tick; and
  // read a paint later, as the readout is: the first β tick away from the defaults adds it, and
  // its new line moves the rest of the panel, which the slider's own frame need not lay out.
  const caveat = useAppAfterPaint((s) => lessonCaveat(s.problem, s.settings));

  const pick = async (id: string) => {
    if (id !== 'custom') {
      setPreset(id as PresetId);
      return;
    }
    // Custom starts from the first example, with its own start, window and step size.
    const { EXAMPLE_LOSSES } = await import('../core/expression/examples');
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
        <select value={fn} onChange={(e) => void pick(e.target.value)}>
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
      {fn === 'custom' && (
        <Suspense fallback={null}>
          <CustomLossField />
        </Suspense>
      )}
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
          value={w0}
          width="10em"
          show={(w) => w.join(', ')}
          parse={(t) => parseTypedPoint(t, preset.dim)}
          onCommit={setW0}
        />
      </div>
      {caveat && (
        <p className="lesson-caveat" data-testid="lesson-caveat">
          {caveat}
        </p>
      )}
      <button type="button" className="defaults-button" onClick={restoreDefaults}>
        Preset defaults
      </button>
      <NoiseField />
    </section>
  );
}
