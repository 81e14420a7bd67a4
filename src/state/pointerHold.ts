/**
 * The app's one record of whether a pointer is down. The URL sync writes nothing during a drag,
 * the anatomy panels off screen are skipped during a slide, and the readout follows a drag at
 * ~10 Hz; all three ask it (main.tsx makes it once).
 */

/** Whether a pointer is down (a drag is going on), and a way to hear when the last one is up. */
export interface PointerHold {
  readonly held: () => boolean;
  /** Calls `cb` once, when no pointer is down any more; returns a function that cancels that. */
  readonly onRelease: (cb: () => void) => () => void;
}

/** A hold that never holds: syncUrl's default, for callers that pass none (tests). */
export const NO_HOLD: PointerHold = { held: () => false, onRelease: () => () => {} };

/**
 * Follows the pointers of a document: down from pointerdown until pointerup or pointercancel
 * (or the window losing focus, which can swallow a pointerup).
 */
export function pointerHold(
  doc: Pick<Document, 'addEventListener'> & {
    defaultView: Pick<Window, 'addEventListener'> | null;
  },
): PointerHold {
  const down = new Set<number>();
  const waiting = new Set<() => void>();
  const release = () => {
    if (down.size > 0) return;
    const jobs = [...waiting];
    waiting.clear();
    jobs.forEach((cb) => cb());
  };
  const up = (e: PointerEvent) => {
    down.delete(e.pointerId);
    release();
  };
  doc.addEventListener('pointerdown', (e) => down.add(e.pointerId), true);
  doc.addEventListener('pointerup', up, true);
  doc.addEventListener('pointercancel', up, true);
  doc.defaultView?.addEventListener('blur', () => {
    down.clear();
    release();
  });
  return {
    held: () => down.size > 0,
    onRelease: (cb) => {
      waiting.add(cb);
      return () => waiting.delete(cb);
    },
  };
}
