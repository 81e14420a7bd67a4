import './anatomy.css';
import { useMemo, type ReactElement } from 'react';
import { StoreContext, useAppStore } from '../../state/StoreContext';
import { AdaptivePanel } from './AdaptivePanel';
import { ConvergenceSummary } from './ConvergenceSummary';
import { EquationPanel } from './EquationPanel';
import { LossChart } from './LossChart';
import { StepTable } from './StepTable';
import { TheoryPanel } from './TheoryPanel';
import { PanelFrame } from './PanelFrame';
import { usePanelStore } from './usePanelStep';
import { WeightsPanel } from './WeightsPanel';

/**
 * "The anatomy" of every run: the panels under the main plot, in a responsive grid. The panels
 * read a sampled snapshot of the app state (usePanelStore), provided in place of the live store,
 * so a slider drag or fast autoplay re-renders them a few times at most, in transitions, one
 * panel per frame (PanelFrame). The adaptive panel appears only when an adaptive run (RMSProp, Adam, AdaGrad) is
 * shown. With three or four runs the update panel is two columns wide, so it comes after the
 * loss chart: the grid then fills row by row in reading order.
 */
export function AnatomySection() {
  const snapshot = usePanelStore(useAppStore());
  const many = snapshot.getState().settings.opt.length > 2;
  // The same elements every render: a new snapshot then re-renders each panel once, when its
  // PanelFrame hands it over, and not also here with the snapshot it already shows.
  const panels = useMemo(
    () => ({
      weights: <WeightsPanel />,
      adaptive: <AdaptivePanel />,
      equations: <EquationPanel />,
      loss: <LossChart />,
      convergence: <ConvergenceSummary />,
      theory: <TheoryPanel />,
      table: <StepTable />,
    }),
    [],
  );
  const frame = (panel: ReactElement) => (
    <PanelFrame snapshot={snapshot} animates={panel === panels.weights}>
      {panel}
    </PanelFrame>
  );
  return (
    <StoreContext.Provider value={snapshot}>
      <section
        className={many ? 'anatomy anatomy-many' : 'anatomy'}
        aria-label="Anatomy of each run"
      >
        {frame(panels.weights)}
        {frame(panels.adaptive)}
        {!many && frame(panels.equations)}
        {frame(panels.loss)}
        {many && frame(panels.equations)}
        <div className="anatomy-stack">
          {frame(panels.convergence)}
          {frame(panels.theory)}
        </div>
        {frame(panels.table)}
      </section>
    </StoreContext.Provider>
  );
}

/** Default export for React.lazy: the section is its own chunk, mounted after the first paint. */
export default AnatomySection;
