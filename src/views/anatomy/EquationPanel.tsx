import { usePanelRuns, usePanelStep } from './usePanelStep';
import { useState } from 'react';
import { RunEquationBlock } from './RunEquationBlock';
import { hasSpellings } from './ruleEquations';
import { SpellingPicker } from './SpellingPicker';
import type { Spelling } from './spellings';
import { useKatex } from './useKatex';

/**
 * "The update, with numbers": every run's rule typeset with the step's own numbers, in `opt`
 * order. Momentum and Nesterov can be written in three spellings (these notes, PyTorch, EMA);
 * the "Spelling" radio group switches them all at once, with the same numbers. Plain text until
 * KaTeX has loaded.
 */
export function EquationPanel() {
  const step = usePanelStep();
  const runs = usePanelRuns();
  const katex = useKatex();
  const [spelling, setSpelling] = useState<Spelling>('notes');
  const spelled = runs.filter((e) => hasSpellings(e.id));

  return (
    <section
      // Three or four runs' equations are too tall for one grid cell: span the row, blocks side by side.
      className={`panel anatomy-panel equations${runs.length > 2 ? ' equations-wide' : ''}`}
      aria-labelledby="equations-title"
    >
      <h2 id="equations-title">The update, with numbers</h2>
      {spelled.length > 0 && (
        <SpellingPicker value={spelling} onChange={setSpelling} names={spelled.map((e) => e.id)} />
      )}
      <div className="eq-blocks">
        {runs.map((e) => (
          <RunEquationBlock
            key={e.id}
            id={e.id}
            run={e.run}
            step={step}
            spelling={spelling}
            katex={katex}
          />
        ))}
      </div>
    </section>
  );
}
