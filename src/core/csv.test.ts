import { describe, expect, it } from 'vitest';
import reference from './fixtures/trajectories.json';
import { findPreset } from './presets';
import { runTrajectory } from './trajectory';
import { createNoise } from './noise';
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

  it('with noise, adds σ·ξ_t columns, the same in every run, and each row follows its rule', () => {
    const p = findPreset('ravine')!;
    const noise = createNoise(7, 0.5, 2);
    const base = { w0: [-9, 3], eta: 0.02, beta: 0.9, noise };
    const runs = (['sgd', 'momentum', 'nesterov', 'adam'] as const).map((name) => ({
      name,
      run: runTrajectory(p, { ...base, optimizer: name }, 30),
    }));
    const lines = trajectoriesCsv(runs, 30, noise).trim().split('\n');
    expect(lines[0]).toBe('optimizer,t,x,y,mx,my,gx,gy,nx,ny,loss');
    const rows = lines.slice(1).map((l) => l.split(','));
    const of = (name: string, t: number) => rows.find((r) => r[0] === name && r[1] === String(t))!;
    for (let t = 1; t <= 30; t++) {
      const n = of('sgd', t).slice(8, 10);
      for (const name of ['momentum', 'nesterov', 'adam'])
        expect(of(name, t).slice(8, 10)).toEqual(n);
      const prevS = of('sgd', t - 1).map(Number);
      const rowS = of('sgd', t).map(Number);
      for (let i = 0; i < 2; i++)
        expect(rowS[4 + i]).toBeCloseTo(0.02 * (prevS[6 + i]! + Number(n[i])), 12);
      const prevM = of('momentum', t - 1).map(Number);
      const rowM = of('momentum', t).map(Number);
      for (let i = 0; i < 2; i++)
        expect(rowM[4 + i]).toBeCloseTo(
          0.9 * prevM[4 + i]! + 0.02 * (prevM[6 + i]! + Number(n[i])),
          12,
        );
    }
    expect(of('sgd', 0).slice(8, 10)).toEqual(['0', '0']);
  });
});
