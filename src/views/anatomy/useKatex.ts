import { useEffect, useState } from 'react';
import { afterNextPaint } from '../../state/schedule';

/** The KaTeX module, once loaded. */
export type Katex = typeof import('katex').default;

let loading: Promise<Katex> | null = null;
let loaded: Katex | null = null;

/**
 * Loads KaTeX and its stylesheet once, as separate chunks, so neither weighs on the first view.
 * Only called after the first paint (see useKatex).
 */
function loadKatex(): Promise<Katex> {
  loading ??= Promise.all([import('katex'), import('katex/dist/katex.min.css')]).then(([mod]) => {
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
