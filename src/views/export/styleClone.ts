/** The XLink namespace, for `xlink:href` (older SVG readers). */
export const XLINK_NS = 'http://www.w3.org/1999/xlink';

/** Painting properties copied from computed style, so the copy needs no stylesheet or var(). */
const INHERITED = [
  'fill',
  'fill-opacity',
  'fill-rule',
  'stroke',
  'stroke-width',
  'stroke-opacity',
  'stroke-dasharray',
  'stroke-linecap',
  'stroke-linejoin',
  'font-family',
  'font-size',
  'font-weight',
  'font-style',
  'text-anchor',
  'dominant-baseline',
  'visibility',
] as const;
/** Not inherited: written when not their initial value. */
const OWN: Readonly<Record<string, string>> = { opacity: '1' };
/**
 * Also not written when initial. (Never a style attribute: the page's CSP forbids setting one,
 * and SVG 2 reads both as presentation attributes.)
 */
const AS_STYLE: Readonly<Record<string, string>> = { 'paint-order': 'normal', filter: 'none' };

/** Attributes that only matter on the page (interaction, accessibility, styling hooks). */
function dropsAttribute(name: string): boolean {
  return (
    name === 'class' ||
    name === 'style' ||
    name === 'role' ||
    name === 'tabindex' ||
    name === 'focusable' ||
    name.startsWith('aria-') ||
    name.startsWith('data-') ||
    name.startsWith('on') ||
    name in OWN ||
    name in AS_STYLE ||
    (INHERITED as readonly string[]).includes(name)
  );
}

/** "1.5px" → "1.5", "6px, 4px" → "6, 4": unitless numbers read the same in every SVG reader. */
function unitless(v: string): string {
  return v.replace(/(\d)px\b/g, '$1');
}

/**
 * A standalone copy of a live SVG element: every painting property taken from the computed style
 * (so CSS classes, custom properties and currentColor become concrete colours, as on screen,
 * dark mode included), page-only attributes removed, elements that are not displayed dropped,
 * and ids renamed `<prefix>N` (with url(#…) and href references) so two copies never clash.
 * `drop` lists source elements left out of the copy.
 */
export function cloneStyled(
  src: SVGSVGElement,
  prefix: string,
  drop: ReadonlySet<Element> = new Set(),
): SVGSVGElement {
  const copy = src.cloneNode(true) as SVGSVGElement;
  const pairs: [Element, Element][] = [];
  const walk = (s: Element, c: Element) => {
    pairs.push([s, c]);
    for (let i = 0; i < s.children.length; i++) {
      const sc = s.children[i];
      const cc = c.children[i];
      if (sc && cc) walk(sc, cc);
    }
  };
  walk(src, copy);
  const removed: Element[] = [];
  const ids = new Map<string, string>();
  for (const [s, c] of pairs) {
    const cs = getComputedStyle(s);
    if (drop.has(s) || (cs.display === 'none' && s.tagName !== 'clipPath')) {
      removed.push(c);
      continue;
    }
    const parent = s.parentElement && s !== src ? getComputedStyle(s.parentElement) : null;
    for (const a of Array.from(c.attributes)) if (dropsAttribute(a.name)) c.removeAttribute(a.name);
    for (const p of INHERITED) {
      const v = cs.getPropertyValue(p);
      if (v && (!parent || parent.getPropertyValue(p) !== v)) c.setAttribute(p, unitless(v));
    }
    for (const [p, initial] of Object.entries(OWN)) {
      const v = cs.getPropertyValue(p);
      if (v && v !== initial) c.setAttribute(p, v);
    }
    for (const [p, initial] of Object.entries(AS_STYLE)) {
      const v = cs.getPropertyValue(p);
      if (v && v !== initial) c.setAttribute(p, v);
    }
    if (c.id) {
      const id = `${prefix}${ids.size}`;
      ids.set(c.id, id);
      c.id = id;
    }
  }
  for (const c of removed) c.remove();
  renameReferences(copy, ids);
  return copy;
}

/** Rewrites url(#old) and href="#old" to the new ids throughout a tree. */
function renameReferences(root: Element, ids: ReadonlyMap<string, string>): void {
  if (ids.size === 0) return;
  const all = [root, ...Array.from(root.querySelectorAll('*'))];
  for (const e of all) {
    for (const a of Array.from(e.attributes)) {
      let v = a.value;
      if (!v.includes('#')) continue;
      for (const [from, to] of ids) {
        v = v
          .split(`url(#${from})`)
          .join(`url(#${to})`)
          .split(`url("#${from}")`)
          .join(`url(#${to})`);
        if (v === `#${from}`) v = `#${to}`;
      }
      if (v !== a.value) e.setAttribute(a.name, v);
    }
  }
}
