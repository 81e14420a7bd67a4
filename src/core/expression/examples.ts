import type { Interval } from '../presets';
import type { Vec } from '../vector';

/** A ready-made custom loss, with a start, view and settings tuned so its first run shows something. */
export interface ExampleLoss {
  /** Stable id, e.g. for a picker's keys and test names. */
  readonly id: string;
  readonly name: string;
  /** The text for `fn=custom&f=…`; compiles with compileLoss. */
  readonly expression: string;
  readonly w0: Vec;
  /** One interval per parameter (x, then y). */
  readonly view: readonly Interval[];
  readonly eta: number;
  readonly beta: number;
  /** Global minimisers inside the view (approximate where there is no closed form). */
  readonly minima: readonly Vec[];
  /** One sentence on what the first run shows. */
  readonly lesson: string;
}

/** Examples for "a loss of one's own" (DESIGN §7); each is checked in examples.test.ts. */
export const EXAMPLE_LOSSES: readonly ExampleLoss[] = [
  {
    id: 'saddle',
    name: 'Saddle',
    expression: 'x^2 - y^2 + 0.25*y^4',
    w0: [2.5, 0.001],
    view: [
      [-3, 3],
      [-3, 3],
    ],
    eta: 0.05,
    beta: 0.9,
    minima: [
      [0, Math.SQRT2],
      [0, -Math.SQRT2],
    ],
    lesson:
      'Starting a hair off the ridge, SGD lingers by the saddle point for about 70 steps before it falls off; momentum is off in under 30. From y = 0 exactly both stop at the saddle, unless noise is on.',
  },
  {
    id: 'ring',
    name: 'Tilted ring valley',
    expression: '(x^2 + y^2 - 4)^2 + 0.5*x',
    w0: [1.5, 1.5],
    view: [
      [-3, 3],
      [-3, 3],
    ],
    eta: 0.01,
    beta: 0.9,
    minima: [[-2.015446, 0]],
    lesson:
      'Both drop into the circular valley; SGD then crawls round its gentle tilt while momentum runs along the floor to the lowest point on the left.',
  },
  {
    id: 'ripples',
    name: 'Rippled bowl',
    expression: 'x^2 + y^2 + 0.5*sin(5*x)*sin(5*y)',
    w0: [2.5, 2],
    view: [
      [-3, 3],
      [-3, 3],
    ],
    eta: 0.02,
    beta: 0.9,
    minima: [
      [0.269565, -0.269565],
      [-0.269565, 0.269565],
    ],
    lesson:
      'SGD stops in the first ripple it meets; momentum carries over the small bumps into a lowest dip near the centre.',
  },
  {
    id: 'bumpy-curve',
    name: 'Bumpy curve',
    expression: 'w^2/4 - 0.5*cos(5*w)',
    w0: [2.8],
    view: [[-3, 3]],
    eta: 0.05,
    beta: 0.9,
    minima: [[0]],
    lesson:
      'SGD settles in the nearest dip near 2.41; momentum rolls over the bumps to the bottom at 0 (try η = 0.02 or 0.1: it stops a dip short on either side).',
  },
];
