import { describe, expect, it } from 'vitest';
import reference from './fixtures/trajectories.json';
import { findPreset } from './presets';
import { runTrajectory } from './trajectory';
import { trajectoriesCsv } from './csv';

describe('trajectoriesCsv', () => {
  it('writes the 1D header and rows that parse back to the exact floats', () => {
    const p = findPreset('double-well')!;
    const sgd = runTrajectory(p, { w0: [2], eta: 0.02, beta: 0 }, 60);
    const momentum = runTrajectory(p, { w0: [2], eta: 0.02, beta: 0.9 }, 60);
    const csv = trajectoriesCsv(
      [
        { name: 'sgd', run: sgd },
        { name: 'momentum', run: momentum },
      ],
      60,
    );
    const lines = csv.trim().split('\n');
    expect(lines[0]).toBe('optimizer,t,w,m,grad,loss');
    expect(lines).toHaveLength(1 + 61 * 2);
    const row = lines[1 + 61 + 60]!.split(',');
    expect(row[0]).toBe('momentum');
    expect(Number(row[2])).toBe(momentum.w[60]);
    const ref = reference.cases.find((c) => c.fn === 'double-well' && c.beta === 0.9)!;
    expect(Math.abs(Number(row[2]) - ref.rows[60]!.w[0]!)).toBeLessThan(1e-9);
  });

  it('writes the 2D header and stops at the step on screen', () => {
    const p = findPreset('ravine')!;
    const run = runTrajectory(p, { w0: [-9, 3], eta: 0.035, beta: 0.9 }, 60);
    const lines = trajectoriesCsv([{ name: 'momentum', run }], 12)
      .trim()
      .split('\n');
    expect(lines[0]).toBe('optimizer,t,x,y,mx,my,gx,gy,loss');
    expect(lines).toHaveLength(14);
    expect(lines[13]!.startsWith('momentum,12,')).toBe(true);
  });

  it('ends a diverged run at its last finite row', () => {
    const p = findPreset('quadratic')!;
    const run = runTrajectory(p, { w0: [1], eta: 2.5, beta: 0.9 }, 1000);
    const lines = trajectoriesCsv([{ name: 'momentum', run }], 1000)
      .trim()
      .split('\n');
    expect(lines).toHaveLength(1 + run.length);
    expect(lines.every((l) => !/NaN|Infinity/.test(l))).toBe(true);
  });
});
