import './anatomy.css';
import { StoreContext, useAppStore } from '../../state/StoreContext';
import { AdaptivePanel } from './AdaptivePanel';
import { ConvergenceSummary } from './ConvergenceSummary';
import { EquationPanel } from './EquationPanel';
import { LossChart } from './LossChart';
import { StepTable } from './StepTable';
import { TheoryPanel } from './TheoryPanel';
import { PanelFrame, usePanelStore } from './usePanelStep';
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
  return (
    <StoreContext.Provider value={snapshot}>
      <section
        className={many ? 'anatomy anatomy-many' : 'anatomy'}
        aria-label="Anatomy of each run"
      >
        <PanelFrame snapshot={snapshot}>
          <WeightsPanel />
        </PanelFrame>
        <PanelFrame snapshot={snapshot}>
          <AdaptivePanel />
        </PanelFrame>
        {!many && (
          <PanelFrame snapshot={snapshot}>
            <EquationPanel />
          </PanelFrame>
        )}
        <PanelFrame snapshot={snapshot}>
          <LossChart />
        </PanelFrame>
        {many && (
          <PanelFrame snapshot={snapshot}>
            <EquationPanel />
          </PanelFrame>
        )}
        <div className="anatomy-stack">
          <PanelFrame snapshot={snapshot}>
            <ConvergenceSummary />
          </PanelFrame>
          <PanelFrame snapshot={snapshot}>
            <TheoryPanel />
          </PanelFrame>
        </div>
        <PanelFrame snapshot={snapshot}>
          <StepTable />
        </PanelFrame>
      </section>
    </StoreContext.Provider>
  );
}

/** Default export for React.lazy: the section is its own chunk, mounted after the first paint. */
export default AnatomySection;
