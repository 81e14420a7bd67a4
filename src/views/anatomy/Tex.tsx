import { useEffect, useRef } from 'react';
import { afterNextPaint, whenIdle, type IdleDeadline } from '../../state/schedule';
import { mayTypesetMore } from './texBudget';
import type { Katex } from './useKatex';

/** A formula waiting to be typeset, and when it was asked for (performance.now()). */
interface Job {
  readonly render: (into: HTMLElement) => void;
  readonly at: number;
}

/** Formulas waiting to be typeset, oldest first, one per element (a newer one takes its place). */
const queue = new Map<HTMLElement, Job>();
/** Formulas typeset off the page, waiting to be shown, with when they were asked for. */
const ready = new Map<HTMLElement, { out: HTMLElement; at: number }>();
let scheduled = false;
let applying = false;

/** Each formula is typeset at the latest this long after it was asked for, idle or not (ms). */
const DEADLINE_MS = 1000;

/** No idle time: overdue formulas are typeset in a plain task, within its budget (texBudget). */
const NO_IDLE: IdleDeadline = { timeRemaining: () => 0 };

/**
 * Elements of typeset formulas put on the page per frame. A handful of formulas in one style and
 * layout pass, not one pass per formula; but few enough that the pass stays well inside a long
 * task: KaTeX's spans cost ~10–30 µs each to style and ~10 µs to lay out here, and 1500 a frame
 * made frames of 40–60 ms of style and layout while four runs' 6000 elements went in (traced);
 * 600 made 25–33 ms, 300 make 19–27 ms (the cloud e2e's long tasks while the cloud computes: 3
 * loads of 8 with one at 600, 1 of 8 at 300).
 */
const APPLY_ELEMENTS = 300;

/** Puts typeset formulas on the page, oldest first, up to APPLY_ELEMENTS; the rest next frame. */
function apply() {
  applying = false;
  let elements = 0;
  for (const [el, { out }] of ready) {
    if (elements > 0 && elements >= APPLY_ELEMENTS) break;
    elements += out.getElementsByTagName('*').length;
    el.replaceChildren(...out.childNodes);
    ready.delete(el);
  }
  if (ready.size > 0) applySoon();
}

/** Shows what is typeset just after the next paint, so its layout has a frame to itself. */
function applySoon() {
  if (applying) return;
  applying = true;
  afterNextPaint(apply);
}

function drain(deadline: IdleDeadline) {
  scheduled = false;
  const start = performance.now();
  // Idle periods come between frames, so typesetting there never lengthens one. A formula past
  // its deadline is typeset anyway (a busy page, e.g. autoplay, still gets its formulas), a few
  // ms of them per task. Typesetting goes into detached elements: the page changes only in apply.
  for (const [el, job] of queue) {
    const now = performance.now();
    const overdue = now - job.at >= DEADLINE_MS;
    if (!mayTypesetMore(now - start, deadline.timeRemaining(), overdue)) break;
    queue.delete(el);
    const out = document.createElement('span');
    job.render(out);
    ready.set(el, { out, at: job.at });
  }
  const oldest = ready.values().next().value;
  if (queue.size === 0 || (oldest && performance.now() - oldest.at >= DEADLINE_MS)) {
    if (ready.size > 0) applySoon();
  }
  if (queue.size > 0) schedule();
}

function schedule() {
  if (scheduled) return;
  scheduled = true;
  const oldest = queue.values().next().value;
  if (oldest !== undefined && performance.now() - oldest.at >= DEADLINE_MS)
    setTimeout(() => drain(NO_IDLE), 0);
  else whenIdle(drain, DEADLINE_MS);
}

/**
 * A formula typeset by KaTeX into an element React leaves empty (katex.render, never
 * innerHTML), with a plain-text fallback shown until KaTeX has loaded or if the TeX fails.
 * Typesetting is queued and done in the browser's idle time, a formula at a time while at least
 * FORMULA_MS of idle time is left and at most IDLE_BUDGET_MS a callback (texBudget), by
 * DEADLINE_MS at the latest, into detached elements; the typeset formulas then replace the old
 * ones just after a paint, up to APPLY_ELEMENTS a frame, so a panel's dozen formulas cost one
 * style and layout pass, not one per formula (several late frames), and four runs' thousands of
 * elements are spread over a few frames.
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
    // A newer formula for a waiting element keeps its place and its deadline.
    queue.set(el, {
      render: (into) =>
        katex.render(tex, into, {
          displayMode: display,
          throwOnError: false,
          output: 'htmlAndMathml',
        }),
      at: queue.get(el)?.at ?? ready.get(el)?.at ?? performance.now(),
    });
    schedule();
  }, [katex, tex, display]);
  useEffect(() => {
    const el = ref.current;
    return () => {
      if (!el) return;
      queue.delete(el);
      ready.delete(el);
    };
  }, []);
  return (
    <span className="tex">
      {/* React never renders children here: KaTeX owns this element's contents. */}
      <span ref={ref} hidden={!katex} />
      {!katex && <span className="tex-fallback">{text}</span>}
    </span>
  );
}
