import type { OptimizerId } from '../../core/optimizers/registry';
import { RunSwatch } from '../RunMarker';
import { RUN_STYLE } from '../screen';

/**
 * Small segmented buttons that pick one of a few runs for a panel (e.g. Momentum or Nesterov for
 * the β^k view). A group of toggle buttons (aria-pressed), so each is one Tab stop with its name.
 */
export function RunPicker(props: {
  /** The group's accessible name, e.g. "Unrolled run". */
  label: string;
  ids: readonly OptimizerId[];
  value: OptimizerId;
  onChange: (id: OptimizerId) => void;
}) {
  const { label, ids, value, onChange } = props;
  return (
    <div className="seg" role="group" aria-label={label}>
      {ids.map((id) => (
        <button
          key={id}
          type="button"
          className="seg-button"
          aria-pressed={id === value}
          onClick={() => onChange(id)}
        >
          <RunSwatch run={id} />
          {RUN_STYLE[id].label}
        </button>
      ))}
    </div>
  );
}

/** The picked id if it is still among `ids`, else the first: a removed run never stays picked. */
export function pickedOf<T extends OptimizerId>(
  ids: readonly T[],
  picked: OptimizerId | null,
): T | null {
  return ids.find((id) => id === picked) ?? ids[0] ?? null;
}
