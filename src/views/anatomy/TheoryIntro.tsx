import { formatNumber, formatVector } from '../format';
import { RUN_STYLE } from '../screen';
import type { Curvature } from './localCurvature';
import { subscript } from './waterfall';

/** How the panel names a loss in running text: "the quadratic bowl", "the ravine", "Beale". */
export function lossPhrase(id: string, name: string): string {
  if (id === 'quadratic') return 'the quadratic bowl';
  if (id === 'ravine') return 'the ravine';
  if (id === 'double-well') return 'the double well';
  if (id === 'custom') return 'your loss';
  return name;
}

const POLYNOMIALS =
  'Along each eigenvector a run is a 2×2 linear recursion in (w, m). Momentum’s characteristic ' +
  'polynomial is z² − (1 + β − ηλ)z + β, stable iff 0 < η·λ < 2 + 2β (SGD, β = 0: η·λ < 2). ' +
  'Nesterov’s is z² − (1 + β)(1 − ηλ)z + β(1 − ηλ), stable iff η·λ < (2 + 2β)/(1 + 2β), a ' +
  'tighter limit. The rate ρ = max |z| is the factor the error shrinks by per step.';

/**
 * The theory panel's opening: where the curvature comes from (constant on a quadratic; else the
 * Hessian at a run's point, followed as the step moves) and the characteristic polynomials.
 */
export function TheoryIntro(props: { curvature: Curvature; lossName: string }) {
  const { curvature, lossName } = props;
  const lambdas = curvature.eigenvalues.map((l) => formatNumber(l)).join(', ');
  const at = curvature.at;
  if (!at)
    return (
      <p className="anatomy-note">
        On {lossName} the Hessian is the same everywhere, with eigenvalues λ = {lambdas}.{' '}
        {POLYNOMIALS}
      </p>
    );
  return (
    <p className="anatomy-note" data-testid="theory-local">
      The curvature of {lossName} {lossName === 'your loss' ? 'may change' : 'changes'} from place
      to place, so this theory treats it as the quadratic that matches it at{' '}
      {RUN_STYLE[at.id].label}’s current point w{subscript(at.t)} = {formatVector(at.w)}, where the
      Hessian’s eigenvalues are λ = {lambdas}; it follows the step as it moves. A local prediction:
      it holds while the run stays where the curvature is about this. {POLYNOMIALS}
    </p>
  );
}
