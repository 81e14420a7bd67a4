import { optimizerById } from '../core/optimizers/registry';
import { runEta } from '../state/settings';
import { useAppAfterPaint } from '../state/StoreContext';
import { formatNumber } from './format';
import { RunSwatch } from './RunMarker';
import { RUN_STYLE } from './runStyle';

/** Which colour, shape and dash is which run, with each run's η (and β where it reads one). */
export function Legend() {
  // A paint behind the plot, as the readout: a slider's frame carries the slider and the plot.
  const opt = useAppAfterPaint((s) => s.settings.opt);
  const beta = useAppAfterPaint((s) => s.settings.beta);
  const eta = useAppAfterPaint((s) => s.settings.eta);
  const etaByRun = useAppAfterPaint((s) => s.settings.etaByRun);
  return (
    <ul className="legend" aria-label="Legend">
      {opt.map((id) => (
        <li key={id} data-run={id}>
          <RunSwatch run={id} line />
          {RUN_STYLE[id].label}{' '}
          <small>
            (η = {formatNumber(runEta({ eta, etaByRun }, id))}
            {optimizerById(id).usesBeta ? `, β = ${formatNumber(beta)}` : ''})
          </small>
        </li>
      ))}
    </ul>
  );
}
