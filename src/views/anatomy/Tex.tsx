import { useEffect, useRef } from 'react';
import type { Katex } from './useKatex';

/** Typesetting jobs waiting to run, one per element (a newer formula replaces an older one). */
const queue = new Map<HTMLElement, () => void>();
let scheduled = false;

/** Longest stretch of typesetting per task, ms: keeps each task well inside a frame. */
const BUDGET_MS = 6;

function drain() {
  scheduled = false;
  const start = performance.now();
  for (const [el, job] of queue) {
    queue.delete(el);
    job();
    if (performance.now() - start > BUDGET_MS) break;
  }
  if (queue.size > 0) schedule();
}

function schedule() {
  if (scheduled) return;
  scheduled = true;
  // A macrotask, not part of React's commit: typesetting never lengthens the frame that moved the plot.
  setTimeout(drain, 0);
}

/**
 * A formula typeset by KaTeX into an element React leaves empty (katex.render, never
 * innerHTML), with a plain-text fallback shown until KaTeX has loaded or if the TeX fails.
 * Typesetting is queued and done a few formulas per task, so during autoplay it stays off the
 * animation frames.
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
  useEffect(() => {
    const el = ref.current;
    if (!el || !katex) return;
    queue.set(el, () =>
      katex.render(tex, el, { displayMode: display, throwOnError: false, output: 'htmlAndMathml' }),
    );
    schedule();
    return () => {
      queue.delete(el);
    };
  }, [katex, tex, display]);
  return (
    <span className="tex">
      {/* React never renders children here: KaTeX owns this element's contents. */}
      <span ref={ref} hidden={!katex} />
      {!katex && <span className="tex-fallback">{text}</span>}
    </span>
  );
}
