import { memo } from 'react';
import type { OptimizerId } from '../../core/optimizers/registry';
import { RUN_STYLE } from '../runStyle';

/**
 * The line under the surface that says what the arrows are. Its props are ids and flags, not
 * the step's numbers, so while playing it re-renders only when what it says changes.
 */
export const SurfaceNote = memo(function SurfaceNote(props: {
  /** The run whose next step is drawn split (−β·m_t, then −η∇L), if any. */
  split: OptimizerId | null;
  /** The run the plain gradient step is drawn from, if any (and none is split). */
  grad: OptimizerId | null;
  lookAhead: boolean;
  factor: number;
  /** Runs whose next step is too small to draw, by label. */
  tooSmall: string;
  /** Whether the loss's minima are known and marked (a custom loss's are not). */
  minima: boolean;
}) {
  const { split, grad, lookAhead, factor, tooSmall, minima } = props;
  return (
    <p className="surface-note">
      Arrows at the step on screen: each run’s next step in its colour
      {split ? (
        <>
          ; {RUN_STYLE[split].label}’s next step split as the notes write it, m<sub>t+1</sub> = β·m
          <sub>t</sub> + η∇L: dotted −β·m<sub>t</sub>, then{' '}
          <span className="note-grad">dashed purple</span> −η∇L from its tip
        </>
      ) : (
        grad && (
          <>
            ; <span className="note-grad">dashed purple</span> −η∇L(w<sub>t</sub>), the plain
            gradient step from {RUN_STYLE[grad].label}’s point
          </>
        )
      )}
      {lookAhead && (
        <>
          ; hollow triangle: Nesterov’s look-ahead point w<sub>t</sub> − β·m<sub>t</sub>, where its
          next gradient is taken
        </>
      )}
      .{factor > 1 && <> Arrows drawn ×{factor} so they can be seen.</>}
      {tooSmall && <> {tooSmall}: next step too small to draw.</>} Click the map to place w₀, or
      drag its ring; drag elsewhere to pan, wheel or pinch to zoom.
      {minima && ' × marks the minima.'}
    </p>
  );
});
