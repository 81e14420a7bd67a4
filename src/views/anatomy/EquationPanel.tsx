import { usePanelRuns, usePanelStep } from './usePanelStep';
import { useMemo } from 'react';
import { stepEquations } from './equations';
import { Tex } from './Tex';
import { useKatex } from './useKatex';

/**
 * The update rule typeset with the step's own numbers: momentum's m_t and w_t, m_t unrolled into
 * its first β^k terms, and SGD's update beside them. Plain text until KaTeX has loaded.
 */
export function EquationPanel() {
  const step = usePanelStep();
  const { momentum, sgd } = usePanelRuns();
  const katex = useKatex();
  const mom = useMemo(() => stepEquations(momentum, step, true), [momentum, step]);
  const plain = useMemo(() => stepEquations(sgd, step, false), [sgd, step]);

  return (
    <section className="panel anatomy-panel equations" aria-labelledby="equations-title">
      <h2 id="equations-title">The update, with numbers</h2>
      <div className="eq-block eq-momentum">
        <h3>
          <span className="swatch swatch-momentum" aria-hidden="true" />
          Momentum, step {mom.t}
        </h3>
        <div className="eq-scroll" data-testid="eq-momentum-m">
          <Tex katex={katex} display tex={mom.velocity.tex} text={mom.velocity.text} />
        </div>
        <div className="eq-scroll">
          <Tex katex={katex} display tex={mom.position.tex} text={mom.position.text} />
        </div>
        {mom.unrolled && (
          <>
            <p className="anatomy-note">
              Unrolled: the same m as a β<sup>k</sup>-weighted sum
            </p>
            <div className="eq-scroll" data-testid="eq-unrolled">
              <Tex katex={katex} display tex={mom.unrolled.tex} text={mom.unrolled.text} />
            </div>
          </>
        )}
      </div>
      <div className="eq-block eq-sgd">
        <h3>
          <span className="swatch swatch-sgd" aria-hidden="true" />
          SGD (β = 0), step {plain.t}
        </h3>
        <div className="eq-scroll">
          <Tex katex={katex} display tex={plain.velocity.tex} text={plain.velocity.text} />
        </div>
        <div className="eq-scroll">
          <Tex katex={katex} display tex={plain.position.tex} text={plain.position.text} />
        </div>
      </div>
    </section>
  );
}
