import { describe, expect, it, vi } from 'vitest';
import { OPTIMIZERS } from '../../core/optimizers/registry';
import { RUN_FALLBACK_COLOR } from '../runStyle';
import { canvasPalette, PAPER_PALETTE } from './canvasPalette';

describe('canvasPalette', () => {
  it('reads the colours from CSS (dark mode’s lighter ones), each once and only when asked for', () => {
    const reads: string[] = [];
    const dark: Record<string, string> = { '--bg': '#15181d', '--momentum': '#56b4e9' };
    vi.stubGlobal('getComputedStyle', () => ({
      getPropertyValue: (name: string) => {
        reads.push(name);
        return dark[name] ?? '';
      },
    }));
    try {
      const palette = canvasPalette({} as Element, 'dark');
      expect(reads).toEqual([]);
      expect(palette.halo).toBe('#15181d');
      expect(palette.halo).toBe('#15181d');
      expect(palette.run('momentum')).toBe('#56b4e9');
      expect(palette.run('momentum')).toBe('#56b4e9');
      // A colour CSS does not give falls back to the light one.
      expect(palette.run('sgd')).toBe(RUN_FALLBACK_COLOR.sgd);
      expect(reads).toEqual(['--bg', '--momentum', '--sgd']);
    } finally {
      vi.unstubAllGlobals();
    }
  });

  it('paper is white with every run in its light colour', () => {
    expect(PAPER_PALETTE.halo).toBe('#ffffff');
    for (const { id } of OPTIMIZERS) expect(PAPER_PALETTE.run(id)).toBe(RUN_FALLBACK_COLOR[id]);
  });
});
