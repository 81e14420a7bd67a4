import { useLayoutEffect, useRef } from 'react';
import type { Katex } from './useKatex';

/**
 * A formula typeset by KaTeX into an element React leaves empty (katex.render, never
 * innerHTML), with a plain-text fallback shown until KaTeX has loaded or if the TeX fails.
 */
export function Tex(props: {
  katex: Katex | null;
  tex: string;
  /** The same formula as plain text: shown before KaTeX loads, and read if it fails. */
  text: string;
  display?: boolean;
}) {
  const { katex, tex, text, display = false } = props;
  const ref = useRef<HTMLSpanElement>(null);
  useLayoutEffect(() => {
    const el = ref.current;
    if (!el || !katex) return;
    katex.render(tex, el, { displayMode: display, throwOnError: false, output: 'htmlAndMathml' });
  }, [katex, tex, display]);
  return (
    <span className="tex">
      {/* React never renders children here: KaTeX owns this element's contents. */}
      <span ref={ref} hidden={!katex} />
      {!katex && <span className="tex-fallback">{text}</span>}
    </span>
  );
}
