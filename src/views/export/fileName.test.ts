import { describe, expect, it } from 'vitest';
import { exportFileName } from './fileName';

describe('exportFileName', () => {
  it('names the loss and the step', () => {
    expect(exportFileName('ravine', 25, 'png')).toBe('heavy-ball-ravine-step25.png');
    expect(exportFileName('double-well', 0, '.svg')).toBe('heavy-ball-double-well-step0.svg');
    expect(exportFileName('custom', 3, 'webm')).toBe('heavy-ball-custom-step3.webm');
  });

  it('keeps the name safe whatever it is given', () => {
    expect(exportFileName('../a b/c', 2.6, 'gif')).toBe('heavy-ball-abc-step3.gif');
    expect(exportFileName('', Number.NaN, 'png')).toBe('heavy-ball-loss-step0.png');
  });
});
