/** Unicode superscript forms of the digits and the minus sign. */
const SUPERSCRIPT: Readonly<Record<string, string>> = {
  '-': '⁻',
  '0': '⁰',
  '1': '¹',
  '2': '²',
  '3': '³',
  '4': '⁴',
  '5': '⁵',
  '6': '⁶',
  '7': '⁷',
  '8': '⁸',
  '9': '⁹',
};

/**
 * Text in Unicode superscripts, for plain-text exponents (labels, screen readers, titles):
 * "-32" → "⁻³²", 12 → "¹²". Characters without a superscript form are kept as they are.
 */
export function superscript(text: string | number): string {
  return Array.from(String(text), (ch) => SUPERSCRIPT[ch] ?? ch).join('');
}
