import { useAppStore, useApp } from '../state/StoreContext';
import { fitWindow } from './viewWindow';

/**
 * "Fit view" (every run's path to the step on screen, and w₀, with a margin) and "Reset view"
 * (the loss's own window). Both write the `view` key of the link.
 */
export function ViewButtons() {
  const store = useAppStore();
  const custom = useApp((s) => s.settings.view !== null);
  const fit = () => {
    const { runs, settings, step, setView } = store.getState();
    setView(
      fitWindow(
        runs.map((e) => e.run),
        settings.w0,
        step,
      ),
    );
  };
  return (
    <div className="view-buttons" role="group" aria-label="View">
      <button type="button" onClick={fit}>
        Fit view
      </button>
      <button type="button" onClick={() => store.getState().setView(null)} disabled={!custom}>
        Reset view
      </button>
    </div>
  );
}
