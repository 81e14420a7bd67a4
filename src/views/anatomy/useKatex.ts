import { useEffect, useState } from 'react';
import { afterNextPaint } from '../../state/schedule';

/** The KaTeX module, once loaded. */
export type Katex = typeof import('katex').default;

let loading: Promise<Katex> | null = null;
let loaded: Katex | null = null;

/**
 * The KaTeX faces the app's formulas use (CSS font shorthands). A face loads only once text is
 * laid out in it, and each arrival then lays out again every formula using it: thousands of
 * elements, a 30–70 ms frame per face. Loaded before any formula is shown, they are laid out once.
 */
const KATEX_FACES = [
  '16px KaTeX_Main',
  'italic 16px KaTeX_Math',
  '16px KaTeX_Size2',
  '16px KaTeX_Size3',
] as const;
/** Longest wait for the faces (ms): past it formulas show anyway, and settle when faces arrive. */
const FACES_WAIT_MS = 3000;

function loadFaces(): Promise<unknown> {
  if (typeof document === 'undefined' || !('fonts' in document)) return Promise.resolve();
  const faces = Promise.all(KATEX_FACES.map((f) => document.fonts.load(f)));
  const wait = new Promise((resolve) => setTimeout(resolve, FACES_WAIT_MS));
  // A face that fails to load is no reason to keep the formulas back.
  return Promise.race([faces.catch(() => undefined), wait]);
}

let styled: Promise<unknown> | null = null;

/**
 * Loads KaTeX's stylesheet and the faces the formulas use, once. Called just after the first
 * paint, before the anatomy mounts: each face's arrival lays out again all text on the page
 * ("Fonts changed", traced: ~2300 objects, a 23 ms layout, when the panels were already there).
 */
export function loadKatexFaces(): Promise<unknown> {
  styled ??= import('katex/dist/katex.min.css').then(loadFaces).catch((e: unknown) => {
    styled = null;
    throw e;
  });
  return styled;
}

/**
 * Loads KaTeX, its stylesheet and the faces it draws with once, as separate chunks, so none
 * weighs on the first view. Only called after the first paint (see useKatex).
 */
function loadKatex(): Promise<Katex> {
  loading ??= Promise.all([import('katex'), loadKatexFaces()]).then(([mod]) => {
    loaded = mod.default;
    return loaded;
  });
  return loading;
}

/**
 * KaTeX, or null until it has loaded. The import starts only after the page has painted (the
 * plot is drawn in the same commit as this component's first render), keeping KaTeX off the
 * critical path; until then callers show a plain-text fallback.
 */
export function useKatex(): Katex | null {
  const [katex, setKatex] = useState<Katex | null>(loaded);
  useEffect(() => {
    if (katex) return;
    let live = true;
    const cancel = afterNextPaint(() => {
      loadKatex().then(
        (k) => live && setKatex(k),
        () => {
          // Offline or blocked: the plain-text fallback simply stays.
          loading = null;
        },
      );
    });
    return () => {
      live = false;
      cancel();
    };
  }, [katex]);
  return katex;
}
