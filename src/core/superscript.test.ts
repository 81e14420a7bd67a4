import { describe, expect, it } from 'vitest';
import { superscript } from './superscript';

describe('superscript', () => {
  it('writes digits and the minus sign as superscripts', () => {
    expect(superscript(-32)).toBe('⁻³²');
    expect(superscript('0123456789')).toBe('⁰¹²³⁴⁵⁶⁷⁸⁹');
  });
  it('keeps characters that have no superscript form', () => {
    expect(superscript('2a')).toBe('²a');
  });
});
