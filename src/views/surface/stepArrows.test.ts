import { describe, expect, it } from 'vitest';
import { presetById } from '../../core/presets';
import { runTrajectory } from '../../core/trajectory';
import { arrowMagnification, MAX_MAGNIFICATION, stepArrows } from './stepArrows';

describe('stepArrows', () => {
  const p = presetById('ravine');
  const eta = 0.035;
  const sgd = runTrajectory(p, { w0: [-9, 3], eta, beta: 0, optimizer: 'sgd' }, 20);
  const mom = runTrajectory(p, { w0: [-9, 3], eta, beta: 0.9 }, 20);
  const adam = runTrajectory(p, { w0: [-9, 3], eta: 0.5, beta: 0.9, optimizer: 'adam' }, 20);
  const runs = [
    { id: 'sgd', run: sgd },
    { id: 'momentum', run: mom },
    { id: 'adam', run: adam },
  ] as const;

  it('gives −η∇L at momentum’s point and every run’s next step', () => {
    const a = stepArrows(runs, 5);
    const w5 = [mom.w[10]!, mom.w[11]!];
    expect(a.grad?.vector.from).toEqual(w5);
    expect(a.grad?.vector.delta).toEqual([-eta * mom.grad[10]!, -eta * mom.grad[11]!]);
    const next = Object.fromEntries(a.next.map((r) => [r.id, r.vector]));
    expect(next.momentum?.delta[0]).toBeCloseTo(-mom.m[12]!, 12);
    expect(next.momentum?.delta[1]).toBeCloseTo(-mom.m[13]!, 12);
    expect(next.sgd?.delta[1]).toBeCloseTo(-eta * sgd.grad[11]!, 12);
    expect(next.adam?.delta[0]).toBeCloseTo(-adam.m[12]!, 12);
  });

  it('splits momentum’s next step into −β·m_t then −η∇L, tip to tail, ending at w_{t+1}', () => {
    const { split } = stepArrows(runs, 5);
    expect(split?.id).toBe('momentum');
    const end = [0, 1].map((i) => split!.push.from[i]! + split!.push.delta[i]!);
    expect(end[0]).toBeCloseTo(mom.w[12]!, 12);
    expect(end[1]).toBeCloseTo(mom.w[13]!, 12);
    expect(split!.carry.delta[0]).toBeCloseTo(-0.9 * mom.m[10]!, 12);
  });

  it('has no next step past the computed rows', () => {
    const a = stepArrows(runs, 20);
    expect(a.next).toEqual([]);
    expect(a.grad).not.toBeNull();
  });

  it('has no gradient arrow without a momentum-style run', () => {
    expect(stepArrows([runs[0], runs[2]], 3).grad).toBeNull();
  });
});

describe('arrowMagnification', () => {
  it('leaves long arrows alone and magnifies short ones by a round factor, at most 100', () => {
    expect(arrowMagnification([30, 50], 24)).toBe(1);
    expect(arrowMagnification([3, 10], 24)).toBe(5);
    expect(arrowMagnification([0.01], 24)).toBe(MAX_MAGNIFICATION);
    expect(arrowMagnification([1e-20], 24)).toBe(100);
    expect(arrowMagnification([0, NaN], 24)).toBe(1);
  });
});
