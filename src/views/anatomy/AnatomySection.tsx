import './anatomy.css';
import { AdaptivePanel } from './AdaptivePanel';
import { ConvergenceSummary } from './ConvergenceSummary';
import { EquationPanel } from './EquationPanel';
import { LossChart } from './LossChart';
import { StepTable } from './StepTable';
import { TheoryPanel } from './TheoryPanel';
import { WeightsPanel } from './WeightsPanel';

/**
 * "The anatomy" of every run: the panels under the main plot, in a responsive grid. Reads no
 * state itself, so a step re-renders only the panels that show the step. The adaptive panel
 * appears only when an adaptive run (RMSProp, Adam, AdaGrad) is shown.
 */
export function AnatomySection() {
  return (
    <section className="anatomy" aria-label="Anatomy of each run">
      <WeightsPanel />
      <AdaptivePanel />
      <EquationPanel />
      <LossChart />
      <div className="anatomy-stack">
        <ConvergenceSummary />
        <TheoryPanel />
      </div>
      <StepTable />
    </section>
  );
}
