import { useApp } from '../state/StoreContext';
import { LossCurve1D } from './LossCurve1D';
import { LossSurface2D } from './surface/LossSurface2D';
import { Legend } from './Legend';
import { ViewButtons } from './ViewButtons';

/** The formula, the legend, and the plot for the preset's dimension: a curve in 1D, a surface in 2D. */
export function Plot() {
  const preset = useApp((s) => s.problem);
  return (
    <>
      <div className="plot-head">
        <span className="formula">{preset.text}</span>
        <Legend />
        <ViewButtons />
      </div>
      {preset.dim === 1 ? <LossCurve1D /> : <LossSurface2D />}
    </>
  );
}
