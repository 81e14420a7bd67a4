import type { ReactNode } from 'react';

/**
 * A labelled range slider with a number box beside it. The slider works in `position` units
 * (linear, or a log mapping done by the caller) and names itself `label` for assistive tech.
 */
export function SliderField(props: {
  label: string;
  /** Visible label, may hold markup such as a Greek letter and a hint. */
  title: ReactNode;
  position: number;
  min: number;
  max: number;
  step: number;
  valueText: string;
  onPosition: (p: number) => void;
  children: ReactNode;
}) {
  const { label, title, position, min, max, step, valueText, onPosition, children } = props;
  return (
    <div className="slider-field">
      <div className="slider-title">{title}</div>
      <div className="slider-row">
        <input
          type="range"
          aria-label={label}
          aria-valuetext={valueText}
          min={min}
          max={max}
          step={step}
          value={position}
          onChange={(e) => onPosition(Number(e.target.value))}
        />
        {children}
      </div>
    </div>
  );
}
