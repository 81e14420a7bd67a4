import { memo, useMemo } from 'react';
import type { OptimizerId } from '../../core/optimizers/registry';
import type { Trajectory } from '../../core/trajectory';
import { RunSwatch } from '../RunMarker';
import { FitLine } from './FitLine';
import { RUN_STYLE } from '../screen';
import { ruleFormula, ruleParts, runEquations } from './ruleEquations';
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
      {run.divergedAt !== null && step >= run.divergedAt && (
        <p className="anatomy-warning eq-stopped" data-testid={`eq-${id}-stopped`}>
          {RUN_STYLE[id].label} diverged at step {run.divergedAt}: this is its last finite step,{' '}
          {eq.t}, not step {step}.
        </p>
      )}
      <FitLine className="eq-scroll eq-rule">
        <span className="eq-rule-label">Rule: </span>
        {ruleParts(rule).map((part, i, all) => (
          <span key={i} className="eq-rule-part">
            <Tex katex={katex} tex={part.tex} text={part.text} />
            {i < all.length - 1 && ','}
          </span>
        ))}
      </FitLine>
      {eq.lines.map((line) => (
        <FitLine key={line.key} className="eq-scroll" testId={line.testId}>
          <Tex katex={katex} display tex={line.formula.tex} text={line.formula.text} />
        </FitLine>
      ))}
      {eq.unrolled && (
        <>
          <p className="anatomy-note">
            Unrolled: the same m as a β<sup>k</sup>-weighted sum
            {id === 'nesterov' && ' of the gradients at the look-ahead points'}
          </p>
          <FitLine
            className="eq-scroll"
            testId={id === 'momentum' ? 'eq-unrolled' : `eq-${id}-unrolled`}
          >
            <Tex katex={katex} display tex={eq.unrolled.tex} text={eq.unrolled.text} />
          </FitLine>
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
