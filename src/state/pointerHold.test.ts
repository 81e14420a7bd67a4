import { describe, expect, it } from 'vitest';
import { pointerHold } from './pointerHold';

/** A document and window that only record listeners, and fire them on demand. */
function fakeDocument() {
  const listeners = new Map<string, ((e: unknown) => void)[]>();
  const add = (type: string, l: (e: unknown) => void) =>
    listeners.set(type, [...(listeners.get(type) ?? []), l]);
  const fire = (type: string, pointerId = 1) =>
    (listeners.get(type) ?? []).forEach((l) => l({ pointerId }));
  const doc = {
    addEventListener: add,
    defaultView: { addEventListener: add },
  } as unknown as Parameters<typeof pointerHold>[0];
  return { doc, fire };
}

describe('pointerHold', () => {
  it('holds from a pointerdown until the last pointer is up, and tells its listeners once', () => {
    const d = fakeDocument();
    const hold = pointerHold(d.doc);
    let released = 0;
    expect(hold.held()).toBe(false);
    d.fire('pointerdown', 1);
    d.fire('pointerdown', 2);
    hold.onRelease(() => released++);
    d.fire('pointerup', 1);
    expect(hold.held()).toBe(true);
    expect(released).toBe(0);
    d.fire('pointercancel', 2);
    expect(hold.held()).toBe(false);
    expect(released).toBe(1);
    d.fire('pointerdown', 3);
    d.fire('pointerup', 3);
    expect(released).toBe(1);
  });

  it('lets the window losing focus end a hold whose pointerup never came', () => {
    const d = fakeDocument();
    const hold = pointerHold(d.doc);
    let released = 0;
    d.fire('pointerdown', 1);
    hold.onRelease(() => released++);
    d.fire('blur');
    expect(hold.held()).toBe(false);
    expect(released).toBe(1);
  });

  it('forgets a listener that cancelled before the release', () => {
    const d = fakeDocument();
    const hold = pointerHold(d.doc);
    let released = 0;
    d.fire('pointerdown', 1);
    const cancel = hold.onRelease(() => released++);
    cancel();
    d.fire('pointerup', 1);
    expect(released).toBe(0);
  });
});
