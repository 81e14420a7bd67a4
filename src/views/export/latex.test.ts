import { describe, expect, it } from 'vitest';
import { presetById, type PresetId } from '../../core/presets';
import { rowOf, shownRow, type Trajectory } from '../../core/trajectory';
import { computeRuns } from '../../state/runs';
import { parseUrl } from '../../state/urlCodec';
import { texNumber } from '../texNumber';
import { stepLatex, type LatexInput } from './latex';

function input(query: string): LatexInput {
  const { settings, step } = parseUrl(query);
  const preset = presetById(settings.fn as PresetId);
  return {
    runs: computeRuns(preset, settings, step),
    step,
    lossTex: preset.tex,
    lossName: preset.name,
  };
}

/** The TeX numbers of a vector as the builder writes them: "1.5" or "\begin{pmatrix} a \\ b …". */
function tex(v: readonly number[]): string {
  const n = v.map((x) => texNumber(x, 5));
  return v.length === 1 ? (n[0] ?? '') : `\\begin{pmatrix} ${n.join(' \\\\ ')} \\end{pmatrix}`;
}

/** The row of the output whose left side is `lhs`, within the block of run `label`. */
function rowOf2(latex: string, label: string, lhs: string): string {
  let current = '';
  for (const line of latex.split('\n')) {
    const title = /^&\\text\{([^}]*)\}/.exec(line);
    if (title) current = title[1] ?? '';
    else if (current === label && line.startsWith(`${lhs} &= `)) return line.replace(/ \\\\$/, '');
  }
  throw new Error(`no ${lhs} row for ${label}:\n${latex}`);
}

function balanced(s: string): boolean {
  let depth = 0;
  for (let i = 0; i < s.length; i++) {
    if (s[i] === '\\' && (s[i + 1] === '{' || s[i + 1] === '}')) i++;
    else if (s[i] === '{') depth++;
    else if (s[i] === '}' && --depth < 0) return false;
  }
  return depth === 0;
}

function wellFormed(latex: string) {
  expect(balanced(latex)).toBe(true);
  const begins = latex.match(/\\begin\{(\w+\*?)\}/g) ?? [];
  const ends = latex.match(/\\end\{(\w+\*?)\}/g) ?? [];
  expect(begins.length).toBe(ends.length);
  expect(latex).toMatch(/^\\begin\{align\*\}$/m);
  // No JavaScript "e" notation anywhere: 1.2e-7 would not typeset as a number.
  expect(latex).not.toMatch(/\d[eE][+-]?\d/);
  expect(latex).not.toMatch(/NaN|Infinity|undefined/);
  // amsmath only: no packages beyond it (no \mathbb, \bm, \SI, \num).
  expect(latex).not.toMatch(/\\(mathbb|bm|SI|num|qty)\b/);
}

describe('stepLatex', () => {
  it('writes every run of a 2D step with the numbers of its rows, as on screen', () => {
    const inp = input('?fn=ravine&opt=sgd,momentum,nesterov,adam&step=25');
    const latex = stepLatex(inp);
    wellFormed(latex);
    expect(latex).toContain('L(x, y) &= 0.5x^2 + 25y^2');
    for (const { id, run } of inp.runs) {
      const label = { sgd: 'SGD', momentum: 'Momentum', nesterov: 'Nesterov', adam: 'Adam' }[
        id as 'sgd'
      ];
      // A run that blew up shows its last finite step (Nesterov diverges here at step 19).
      const t = shownRow(run, inp.step);
      const w = rowOf2(latex, label, `w_{${t}}`);
      expect(w.endsWith(`= ${tex(rowOf(run, 'w', t))}`)).toBe(true);
      expect(w).toContain(`= ${tex(rowOf(run, 'w', t - 1))} - ${tex(rowOf(run, 'm', t))}`);
      const m = rowOf2(latex, label, `m_{${t}}`);
      expect(m.endsWith(`= ${tex(rowOf(run, 'm', t))}`)).toBe(true);
      const g = rowOf2(latex, label, `g_{${t - 1}}`);
      expect(g).toContain(tex(rowOf(run, 'used', t)));
    }
    expect(rowOf2(latex, 'Momentum', 'm_{25}')).toContain(
      `0.7 \\cdot ${tex(rowOf(inp.runs[1]!.run, 'm', 24))} + 0.038 \\cdot`,
    );
    expect(rowOf2(latex, 'Nesterov', 'g_{17}')).toContain('\\nabla L(w_{17} - \\beta\\, m_{17})');
    expect(latex).toContain('(diverged at step 19; step 18 shown)');
    expect(rowOf2(latex, 'Adam', '\\hat a_{25}')).toContain('1 - 0.9^{25}');
  });

  it('writes the adaptive rules’ state with its numbers', () => {
    const inp = input('?fn=quadratic&opt=rmsprop,adagrad&step=3');
    const latex = stepLatex(inp);
    wellFormed(latex);
    const rms = inp.runs[0]!.run;
    const s3 = rms.state[3] ?? NaN; // 1D, one slot: row t at index t
    const s2 = rms.state[2] ?? NaN;
    expect(rowOf2(latex, 'RMSProp', 's_{3}')).toBe(
      `s_{3} &= 0.9\\, s_{2} + 0.1\\, g_{2}^{2} = 0.9 \\cdot ${texNumber(s2, 5)} + 0.1 \\cdot ${texNumber(rms.used[3] ?? NaN, 5)}^{2} = ${texNumber(s3, 5)}`,
    );
    const ada = inp.runs[1]!.run;
    expect(rowOf2(latex, 'AdaGrad', 's_{3}')).toContain(
      `= ${texNumber(ada.state[2] ?? NaN, 5)} + ${texNumber(ada.used[3] ?? NaN, 5)}^{2} = ${texNumber(ada.state[3] ?? NaN, 5)}`,
    );
  });

  it('puts a negative 1D factor in parentheses', () => {
    const inp = input('?fn=quadratic&w0=-2&step=1');
    const latex = stepLatex(inp);
    wellFormed(latex);
    // g_0 = 2·(−2) = −4, so m_1 = 0.1·(−4).
    expect(rowOf2(latex, 'SGD', 'm_{1}')).toBe('m_{1} &= \\eta\\, g_{0} = 0.1 \\cdot (-4) = -0.4');
  });

  it('shows w₀ and m₀ = 0 at step 0', () => {
    const latex = stepLatex(input('?fn=ravine&step=0'));
    wellFormed(latex);
    expect(rowOf2(latex, 'SGD', 'w_{0}')).toContain(tex([-9, 3]));
    expect(rowOf2(latex, 'Momentum', 'm_{0}')).toBe('m_{0} &= 0');
  });

  it('writes tiny numbers as ×10^n and names a diverged run’s last finite step', () => {
    const inp = input('?fn=quadratic&eta=1.5&step=2000');
    const latex = stepLatex(inp);
    wellFormed(latex);
    const sgd = inp.runs[0]!.run as Trajectory;
    expect(sgd.divergedAt).not.toBeNull();
    expect(latex).toContain(`diverged at step ${sgd.divergedAt}`);
    expect(latex).toContain('\\times 10^{');
  });

  it('notes noise in the gradient row', () => {
    const latex = stepLatex(input('?fn=ravine&noise=0.5&step=3'));
    wellFormed(latex);
    expect(rowOf2(latex, 'SGD', 'g_{2}')).toContain('\\nabla L(w_{2}) + \\sigma\\, \\xi_{3}');
  });
});
