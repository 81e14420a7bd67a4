import { useId, useState } from 'react';
import { parseDecimal, parsePoint } from '../core/decimal';

/**
 * A text box for exact numeric entry. It commits on Enter or blur only when `parse` accepts the
 * text; otherwise it shows why and the app keeps its last good value.
 */
export function NumberBox<T>(props: {
  label: string;
  value: T;
  show: (v: T) => string;
  /** Returns the value, or an error message for bad text. */
  parse: (text: string) => T | { error: string };
  onCommit: (v: T) => void;
  width?: string;
}) {
  const { label, value, show, parse, onCommit, width = '6.5em' } = props;
  // While the box has focus it shows the person's draft; otherwise it follows the app's value.
  const [draft, setDraft] = useState<string | null>(null);
  const [error, setError] = useState<string | null>(null);
  const errorId = useId();
  const shown = show(value);
  const text = draft ?? shown;

  const commit = () => {
    const parsed = parse(text.trim());
    if (typeof parsed === 'object' && parsed !== null && 'error' in parsed) {
      setError(parsed.error);
      return false;
    }
    setError(null);
    onCommit(parsed);
    return true;
  };

  return (
    <span className="number-box">
      <input
        type="text"
        inputMode="decimal"
        spellCheck={false}
        aria-label={label}
        aria-invalid={error !== null}
        aria-describedby={error ? errorId : undefined}
        value={text}
        style={{ width }}
        onFocus={() => setDraft(shown)}
        onChange={(e) => {
          setDraft(e.target.value);
          setError(null);
        }}
        onKeyDown={(e) => {
          if (e.key === 'Enter') commit();
          if (e.key === 'Escape') {
            setDraft(shown);
            setError(null);
          }
        }}
        onBlur={() => {
          // Leaving the box with bad text reverts it to the app's value, so no error is left
          // standing beside a value that is fine.
          if (!commit()) setError(null);
          setDraft(null);
        }}
      />
      {error && (
        <span id={errorId} className="field-error" role="alert">
          {error}
        </span>
      )}
    </span>
  );
}

/** A person's text as a plain decimal: blanks trimmed, the typographic minus "−" taken as "-". */
function normalizeTyped(text: string): string {
  return text.trim().replace(/\u2212/g, '-');
}

/** Parses a plain decimal number typed by a person, then `check`s it (null when fine). */
export function parseTyped(
  text: string,
  check: (n: number) => string | null,
): number | { error: string } {
  const n = parseDecimal(normalizeTyped(text));
  if (n === undefined) return { error: `“${text.slice(0, 20)}” is not a number` };
  const why = check(n);
  return why ? { error: why } : n;
}

/** Parses a typed start point ("-9, 3"): `dim` comma-separated numbers within ±1e6. */
export function parseTypedPoint(text: string, dim: number): number[] | { error: string } {
  const point = parsePoint(text.split(',').map(normalizeTyped).join(','), dim);
  if (Array.isArray(point)) return point;
  return { error: `w₀ ${point.error}${dim > 1 ? ', like “-9, 3”' : ''}` };
}
