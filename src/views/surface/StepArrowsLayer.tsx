import type { ReactNode } from 'react';
import { clampPx } from '../screen';
import { textWidth } from '../labelLayout';
import { RUN_STYLE } from '../runStyle';
import { placeArrowLabels } from './arrowLabels';
import type { StepArrowSet, StepVector } from './stepArrows';

/** An arrow the layer draws, already in screen px. */
interface ScreenArrow {
  readonly key: string;
  readonly x1: number;
  readonly y1: number;
  readonly x2: number;
  readonly y2: number;
  /** Arrowhead marker id: a run id or 'grad'. */
  readonly marker: string;
  readonly color: string;
  readonly dash?: string;
  readonly label?: ReactNode;
  /** The label as plain text, for its width. */
  readonly labelText?: string;
  /** Which side of the arrow its label sits on (−1 left, 1 right). */
  readonly side: number;
}

/** The plain gradient step −η∇L's look, alone or drawn from the tip of −β·m. */
const GRAD_ARROW = {
  marker: 'grad',
  color: 'var(--grad)',
  dash: '4 3',
  label: <>−η∇L</>,
  labelText: '−η∇L',
  side: -1,
} as const;

/** Shortest arrow worth drawing, px: below this it would be all arrowhead. */
export const MIN_DRAWN_PX = 3;

/** Converts a data-unit step into a screen arrow magnified by `factor`. */
export function toScreenArrow(
  v: StepVector,
  toScreen: (x: number, y: number) => [number, number],
  factor: number,
): { x1: number; y1: number; x2: number; y2: number; length: number } {
  const [x1, y1] = toScreen(v.from[0], v.from[1]);
  const [xe, ye] = toScreen(v.from[0] + v.delta[0], v.from[1] + v.delta[1]);
  const x2 = x1 + (xe - x1) * factor;
  const y2 = y1 + (ye - y1) * factor;
  return { x1, y1, x2, y2, length: Math.hypot(x2 - x1, y2 - y1) };
}

/** The arrows to draw, and the runs whose next step is too small to draw even magnified. */
export function layoutArrows(
  arrows: StepArrowSet,
  toScreen: (x: number, y: number) => [number, number],
  factor: number,
): { list: ScreenArrow[]; tooSmall: string[] } {
  const list: ScreenArrow[] = [];
  const tooSmall: string[] = [];
  const add = (
    key: string,
    v: StepVector,
    a: Omit<ScreenArrow, 'x1' | 'y1' | 'x2' | 'y2' | 'key'>,
    shift: readonly [number, number] = [0, 0],
  ) => {
    const s = toScreenArrow(v, toScreen, factor);
    if (!(s.length >= MIN_DRAWN_PX)) {
      tooSmall.push(key);
      return;
    }
    const [dx, dy] = shift;
    list.push({ ...a, key, x1: s.x1 + dx, y1: s.y1 + dy, x2: s.x2 + dx, y2: s.y2 + dy });
  };
  if (arrows.split) {
    // The notes' step (ii) tip to tail: −β·m_t from w_t, then −η∇L from its (magnified) tip,
    // closing the triangle with −m_{t+1}.
    const { carry, push, id } = arrows.split;
    const c = toScreenArrow(carry, toScreen, factor);
    add('carry', carry, {
      marker: id,
      color: RUN_STYLE[id].color,
      dash: '2 3',
      label: <>−β·m</>,
      labelText: '−β·m',
      side: -1,
    });
    const p = toScreenArrow(push, toScreen, 1);
    const [px, py] = [c.x2 - p.x1, c.y2 - p.y1];
    add('grad', push, GRAD_ARROW, [px, py]);
  } else if (arrows.grad) add('grad', arrows.grad.vector, GRAD_ARROW);
  for (const { id, vector } of arrows.next)
    add(id, vector, {
      marker: id,
      color: RUN_STYLE[id].color,
      side: 1,
      ...(id === 'momentum' || id === 'nesterov'
        ? {
            label: (
              <>
                −m
                <tspan dy={3} fontSize={10} fontWeight={400}>
                  t+1
                </tspan>
              </>
            ),
            labelText: '−mt+1',
          }
        : {}),
    });
  return { list, tooSmall };
}

/**
 * The arrows at the step on screen, in SVG over the trajectories: every run's next step, and at
 * momentum's point the plain gradient step −η∇L(w_t) next to momentum's actual next step
 * −m_{t+1}. In the ravine the first points across the valley, the second along it.
 */
export function StepArrowsLayer(props: {
  arrows: StepArrowSet;
  toScreen: (x: number, y: number) => [number, number];
  factor: number;
  /** The data area's size, px: the layer is clipped to it, so labels are kept inside. */
  width: number;
  height: number;
}) {
  const { arrows, toScreen, factor, width, height } = props;
  const { list } = layoutArrows(arrows, toScreen, factor);
  const labelled = list.filter((a) => a.label);
  const places = placeArrowLabels(
    labelled.map((a) => ({
      x1: clampPx(a.x1),
      y1: clampPx(a.y1),
      x2: clampPx(a.x2),
      y2: clampPx(a.y2),
      side: a.side,
      width: textWidth(a.labelText ?? '', 13),
    })),
    { x: 0, y: 0, w: width, h: height },
    // Where arrows start: the runs' markers (and the tip −η∇L is drawn from).
    list.map((a) => ({ x: clampPx(a.x1) - 9, y: clampPx(a.y1) - 9, w: 18, h: 18 })),
  );
  const placeOf = new Map(labelled.map((a, i) => [a.key, places[i]]));
  return (
    <g className="step-arrows" aria-hidden="true">
      {list.map((a) => {
        const x1 = clampPx(a.x1);
        const y1 = clampPx(a.y1);
        const x2 = clampPx(a.x2);
        const y2 = clampPx(a.y2);
        // Label just beyond the arrowhead, pushed to one side of the arrow (the gradient step's
        // label to its left, momentum's to its right) so labels of arrows that coincide, as at
        // step 0 where −m₁ = −η∇L(w₀), do not print over each other; one that would still
        // overlap another takes the other side or moves out (placeArrowLabels).
        const place = placeOf.get(a.key);
        return (
          <g key={a.key}>
            <line x1={x1} y1={y1} x2={x2} y2={y2} className="arrow-halo" />
            <line
              x1={x1}
              y1={y1}
              x2={x2}
              y2={y2}
              stroke={a.color}
              strokeWidth={2.5}
              strokeDasharray={a.dash}
              markerEnd={`url(#arrow-${a.marker})`}
            />
            {a.label && place && (
              <text
                x={place.x}
                y={place.y}
                fontSize={12}
                fontWeight={700}
                textAnchor={place.anchor}
                fill={a.color}
                className="arrow-label"
              >
                {a.label}
              </text>
            )}
          </g>
        );
      })}
    </g>
  );
}
