import { useId } from 'react';
import type { OptimizerId } from '../../core/optimizers/registry';
import { RUN_STYLE } from '../screen';
import { SPELLINGS, type Spelling } from './spellings';

/**
 * "One rule, three spellings": a radio group named "Spelling" that writes momentum's (and
 * Nesterov's) update as these notes, PyTorch or the EMA form do, with the same numbers.
 */
export function SpellingPicker(props: {
  value: Spelling;
  onChange: (s: Spelling) => void;
  /** The runs the spelling applies to, for the hint. */
  names: readonly OptimizerId[];
}) {
  const { value, onChange, names } = props;
  const group = useId();
  const who = names.map((id) => RUN_STYLE[id].label).join(' and ');
  return (
    <fieldset className="spelling">
      <legend>Spelling</legend>
      <div className="seg seg-radio">
        {SPELLINGS.map((s) => (
          <label key={s.id} className="seg-button">
            <input
              type="radio"
              name={group}
              value={s.id}
              checked={value === s.id}
              onChange={() => onChange(s.id)}
            />
            {s.label}
          </label>
        ))}
      </div>
      <p className="anatomy-note">
        One rule, three spellings: {who} written as these notes, PyTorch and the EMA form do. Same
        run, same numbers; only the velocity is scaled.
      </p>
    </fieldset>
  );
}
