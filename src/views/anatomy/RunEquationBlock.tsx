import { memo, useMemo } from 'react';
import type { OptimizerId } from '../../core/optimizers/registry';
import type { Trajectory } from '../../core/trajectory';
import { RunSwatch } from '../RunMarker';
import { RUN_STYLE } from '../screen';
import { ruleFormula, runEquations } from './ruleEquations';
import type { Spelling } from './spellings';
import { Tex } from './Tex';
import type { Katex } from './useKatex';

/** One run's block of the update panel: its rule, then this step's lines with numbers. */
export const RunEquationBlock = memo(function RunEquationBlock(props: {
  id: OptimizerId;
  run: Trajectory;
  step: number;
  spelling: Spelling;
  katex: Katex | null;
}) {
  const { id, run, step, spelling, katex } = props;
  const eq = useMemo(() => runEquations(run, step, spelling), [run, step, spelling]);
  const rule = ruleFormula(id, spelling);
  return (
    <div className={`eq-block eq-${id}`} data-run={id}>
      <h3>
        <RunSwatch run={id} />
        {RUN_STYLE[id].label}, step {eq.t}
      </h3>
      <div className="eq-scroll eq-rule">
        <span className="eq-rule-label">Rule: </span>
        <Tex katex={katex} tex={rule.tex} text={rule.text} />
      </div>
      {eq.lines.map((line) => (
        <div key={line.key} className="eq-scroll" data-testid={line.testId}>
          <Tex katex={katex} display tex={line.formula.tex} text={line.formula.text} />
        </div>
      ))}
      {eq.unrolled && (
        <>
          <p className="anatomy-note">
            Unrolled: the same m as a β<sup>k</sup>-weighted sum
            {id === 'nesterov' && ' of the gradients at the look-ahead points'}
          </p>
          <div
            className="eq-scroll"
            data-testid={id === 'momentum' ? 'eq-unrolled' : `eq-${id}-unrolled`}
          >
            <Tex katex={katex} display tex={eq.unrolled.tex} text={eq.unrolled.text} />
          </div>
        </>
      )}
      {eq.notes.map((n) => (
        <p key={n} className="anatomy-note">
          {n}
        </p>
      ))}
    </div>
  );
});
