import { useEffect, useRef, useState, type ReactNode } from 'react';
import { fitScale } from './fitScale';

/**
 * One line of the update panel that always fits its column: its content (a typeset equation)
 * is measured whenever it or the column changes size (ResizeObserver; KaTeX typesets
 * asynchronously) and shrunk as far as MIN_EQ_SCALE to fit. Only if it is still too wide does
 * it scroll, and then it shows that it does: shadows at the edge it continues past, and it takes
 * keyboard focus (its arrow keys are its own) with a name saying it scrolls sideways.
 */
export function FitLine(props: {
  className?: string;
  testId?: string | undefined;
  children: ReactNode;
}) {
  const { className = '', testId, children } = props;
  const outer = useRef<HTMLDivElement>(null);
  const inner = useRef<HTMLDivElement>(null);
  const [fit, setFit] = useState({ scale: 1, overflow: false });
  useEffect(() => {
    const o = outer.current;
    const i = inner.current;
    if (!o || !i || typeof ResizeObserver === 'undefined') return;
    let scale = 1;
    const measure = () => {
      const next = fitScale(i.scrollWidth / scale, o.clientWidth);
      scale = next.scale;
      setFit((f) => (f.scale === next.scale && f.overflow === next.overflow ? f : next));
    };
    const observer = new ResizeObserver(measure);
    observer.observe(o);
    observer.observe(i);
    return () => observer.disconnect();
  }, []);
  const { scale, overflow } = fit;
  return (
    <div
      ref={outer}
      className={`${className} eq-fit${overflow ? ' eq-overflow' : ''}`}
      data-testid={testId}
      data-scale={scale}
      {...(overflow
        ? {
            tabIndex: 0,
            role: 'group',
            'aria-label': 'Equation, scrolls sideways',
            'data-keys': 'own',
          }
        : {})}
    >
      <div ref={inner} className="eq-fit-inner" style={{ fontSize: `${scale}em` }}>
        {children}
      </div>
    </div>
  );
}
