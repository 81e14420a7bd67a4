import './anatomy.css';
import { useApp } from '../../state/StoreContext';
import { AdaptivePanel } from './AdaptivePanel';
import { ConvergenceSummary } from './ConvergenceSummary';
import { EquationPanel } from './EquationPanel';
import { LossChart } from './LossChart';
import { StepTable } from './StepTable';
import { TheoryPanel } from './TheoryPanel';
import { WeightsPanel } from './WeightsPanel';

/**
 * "The anatomy" of every run: the panels under the main plot, in a responsive grid. Reads only
 * how many runs there are, so a step re-renders only the panels that show the step. The adaptive
 * panel appears only when an adaptive run (RMSProp, Adam, AdaGrad) is shown. With three or four
 * runs the update panel is two columns wide, so it comes after the loss chart: the grid then
 * fills row by row in reading order.
 */
export function AnatomySection() {
  const many = useApp((s) => s.settings.opt.length > 2);
  return (
    <section className={many ? 'anatomy anatomy-many' : 'anatomy'} aria-label="Anatomy of each run">
      <WeightsPanel />
      <AdaptivePanel />
      {!many && <EquationPanel />}
      <LossChart />
      {many && <EquationPanel />}
      <div className="anatomy-stack">
        <ConvergenceSummary />
        <TheoryPanel />
      </div>
      <StepTable />
    </section>
  );
}
