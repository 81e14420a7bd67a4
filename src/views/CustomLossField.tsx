import { useId, useRef, useState, type MouseEvent } from 'react';
import { EXAMPLE_LOSSES } from '../core/expression/examples';
import { customPreset } from '../core/presets';
import { compileCustomLoss } from '../state/customLoss';
import { presetSettings } from '../state/settings';
import { useApp, useAppStore } from '../state/StoreContext';
import { parseUrl, serializeUrl } from '../state/urlCodec';

/**
 * The "Custom loss" box: an expression in w, or in x and y (DESIGN §7). It compiles on Enter or
 * when the box is left; a bad expression gets an inline message saying what and where, and the
 * last good loss stays on screen and in the link. Nothing typed is ever rendered as markup.
 */
export function CustomLossField() {
  const f = useApp((s) => s.settings.f);
  const setCustomLoss = useApp((s) => s.setCustomLoss);
  const [draft, setDraft] = useState(f);
  const [error, setError] = useState<string | null>(null);
  const errorId = useId();
  const latest = useRef(0);

  // A new loss from elsewhere (an example, a link) replaces the draft, during render (React's
  // pattern for state that follows a prop), not in an effect.
  const [shownF, setShownF] = useState(f);
  if (shownF !== f) {
    setShownF(f);
    setDraft(f);
  }

  const commit = async () => {
    const text = draft.trim();
    if (text === f) {
      setError(null);
      return;
    }
    const ticket = ++latest.current;
    const result = await compileCustomLoss(text);
    // A slower, older compile must not overwrite a newer one.
    if (ticket !== latest.current) return;
    if (!result.ok) {
      setError(result.error);
      return;
    }
    setError(null);
    setCustomLoss(result.loss);
  };

  return (
    <div className="field custom-loss">
      <label htmlFor={`${errorId}-input`}>Custom loss</label>
      <span className="custom-row">
        <span className="custom-prefix" aria-hidden="true">
          L =
        </span>
        <input
          id={`${errorId}-input`}
          type="text"
          aria-label="Custom loss"
          aria-invalid={error !== null}
          aria-describedby={error ? errorId : undefined}
          spellCheck={false}
          autoComplete="off"
          value={draft}
          placeholder="x^2 + 10*y^2"
          onChange={(e) => {
            setDraft(e.target.value);
            setError(null);
          }}
          onKeyDown={(e) => {
            if (e.key === 'Enter') void commit();
            if (e.key === 'Escape') {
              setDraft(f);
              setError(null);
            }
          }}
          onBlur={() => void commit()}
        />
      </span>
      {error && (
        <span id={errorId} className="field-error" role="alert">
          {error}; the last good loss stays.
        </span>
      )}
      <small className="custom-help">
        w for a curve, or x and y for a surface; + − * / ^, pi, e, sin cos tan exp log sqrt abs tanh
        sinh cosh atan.
      </small>
      <ExampleLinks />
    </div>
  );
}

/** Example losses one click away, each a real link (it can be opened in a new tab or shared). */
function ExampleLinks() {
  const store = useAppStore();
  const settings = useApp((s) => s.settings);
  const open = async (e: MouseEvent<HTMLAnchorElement>, href: string) => {
    if (e.button !== 0 || e.metaKey || e.ctrlKey || e.shiftKey || e.altKey) return;
    e.preventDefault();
    const state = parseUrl(href);
    const result = await compileCustomLoss(state.settings.f, state.settings.w0);
    if (result.ok) store.getState().load(state, [], customPreset(result.loss));
  };
  return (
    <p className="custom-examples">
      Examples:{' '}
      {EXAMPLE_LOSSES.map((ex, i) => {
        const dim = ex.w0.length === 1 ? 1 : 2;
        const base = presetSettings(
          customPreset({ dim, text: ex.expression, tex: '', loss: () => 0, grad: (_, o) => o }),
          settings,
          ex.expression,
        );
        const href = serializeUrl({
          settings: { ...base, w0: ex.w0, eta: ex.eta, beta: ex.beta, view: ex.view },
          step: 0,
        });
        return (
          <span key={ex.id}>
            {i > 0 && ' · '}
            <a href={href} onClick={(e) => void open(e, href)} title={ex.lesson}>
              {ex.name}
            </a>
          </span>
        );
      })}
    </p>
  );
}
