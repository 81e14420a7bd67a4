import { describe, expect, it } from 'vitest';
import { presetById } from '../../core/presets';
import { runTrajectory } from '../../core/trajectory';
import { arrowMagnification, stepArrows } from './stepArrows';

describe('stepArrows', () => {
  const p = presetById('ravine');
  const eta = 0.035;
  const sgd = runTrajectory(p, { w0: [-9, 3], eta, beta: 0 }, 20);
  const mom = runTrajectory(p, { w0: [-9, 3], eta, beta: 0.9 }, 20);

  it('gives −η∇L and −m_{t+1} from the current point', () => {
    const a = stepArrows(sgd, mom, 5, eta);
    const w5 = [mom.w[10]!, mom.w[11]!];
    expect(a.momentumGrad?.from).toEqual(w5);
    expect(a.momentumGrad?.delta).toEqual([-eta * mom.grad[10]!, -eta * mom.grad[11]!]);
    expect(a.momentumNext?.delta[0]).toBeCloseTo(-mom.m[12]!, 12);
    expect(a.momentumNext?.delta[1]).toBeCloseTo(-mom.m[13]!, 12);
    // SGD's next step is its own gradient step.
    expect(a.sgdNext?.delta[1]).toBeCloseTo(-eta * sgd.grad[11]!, 12);
  });

  it('has no next step past the computed rows', () => {
    const a = stepArrows(sgd, mom, 20, eta);
    expect(a.sgdNext).toBeNull();
    expect(a.momentumNext).toBeNull();
    expect(a.momentumGrad).not.toBeNull();
  });
});

describe('arrowMagnification', () => {
  it('leaves long arrows alone and magnifies short ones by a round factor', () => {
    expect(arrowMagnification([30, 50], 24)).toBe(1);
    expect(arrowMagnification([3, 10], 24)).toBe(5);
    expect(arrowMagnification([0.01], 24)).toBe(5000);
    expect(arrowMagnification([0, NaN], 24)).toBe(1);
  });
});
