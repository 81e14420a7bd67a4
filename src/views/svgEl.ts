/** The SVG namespace. */
export const SVG_NS = 'http://www.w3.org/2000/svg';
/** Creates an SVG element with attributes (values are set as text, never parsed as markup). */
export function svgEl<K extends keyof SVGElementTagNameMap>(
  tag: K,
  attrs: Readonly<Record<string, string | number>> = {},
): SVGElementTagNameMap[K] {
  const e = document.createElementNS(SVG_NS, tag);
  for (const [k, v] of Object.entries(attrs)) e.setAttribute(k, String(v));
  return e;
}
