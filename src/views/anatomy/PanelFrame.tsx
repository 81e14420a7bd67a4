import { flushSync } from 'react-dom';
import {
  startTransition,
  useEffect,
  useLayoutEffect,
  useRef,
  useState,
  type ReactNode,
} from 'react';
import { markPanelsMounted } from '../../state/panelsMounted';
import { afterNextPaint } from '../../state/schedule';
import type { AppStore } from '../../state/store';
import { StoreContext } from '../../state/StoreContext';

/** Panel updates waiting for a frame of their own, in order (see PanelFrame). */
const queue: (() => void)[] = [];
let pumping = false;

/** Runs the next queued panel update just after the next paint, then the one after, and so on. */
function pump(): void {
  if (pumping || queue.length === 0) return;
  pumping = true;
  afterNextPaint(() => {
    pumping = false;
    queue.shift()?.();
    pump();
  });
}

/** Panels waiting to mount, each a frame after the one before (see PanelFrame). */
const mounts = new Set<() => void>();
/**
 * Panels whose mount is not on the page yet (told to mount is not enough: React may commit two
 * panels' mounts together, after the last was told). Empty again: the panels have all mounted.
 */
const uncommitted = new Set<object>();

function committed(token: object): void {
  uncommitted.delete(token);
  if (uncommitted.size === 0) markPanelsMounted();
}
let printing = false;

// Printing shows every panel: whatever waits to mount mounts now, before the page is laid out.
if (typeof addEventListener === 'function')
  addEventListener('beforeprint', () => {
    printing = true;
    flushSync(() => mounts.forEach((mount) => mount()));
  });

/** Panels near the viewport (200 px margin); one observer for all. */
const near = new WeakMap<Element, (on: boolean) => void>();
let observer: IntersectionObserver | null = null;

function watch(el: Element, onChange: (on: boolean) => void): () => void {
  if (typeof IntersectionObserver !== 'function') {
    onChange(true);
    return () => {};
  }
  observer ??= new IntersectionObserver(
    (entries) => entries.forEach((e) => near.get(e.target)?.(e.isIntersecting)),
    { rootMargin: '200px' },
  );
  near.set(el, onChange);
  observer.observe(el);
  return () => {
    near.delete(el);
    observer?.unobserve(el);
  };
}

/**
 * One anatomy panel's view of the sampled snapshot (usePanelStore). Paused, it takes each new
 * snapshot in a frame of its own, one panel per frame, so the commit, style and layout of a
 * snapshot are spread over a few frames instead of one long task that an input event would wait
 * behind; every panel still shows the same sampled `{step, runs, settings}`, a few frames apart.
 * Playing, the panels near the viewport take it together, as they render (a snapshot a second
 * would otherwise cost a late frame per panel), and panels out of sight keep what they show until
 * they come into view or playback stops (a panel that animates takes one more, to learn that
 * playback is on): below the plot, they would cost frames nobody sees. Panels also mount one per
 * frame (all at once before printing). A
 * hidden marker before the panel finds the element to watch (hidden, it is no grid item).
 */
export function PanelFrame(props: {
  snapshot: AppStore;
  /** The panel animates unless playing (the β^k bars): out of sight it still learns of playback. */
  animates?: boolean;
  children: ReactNode;
}) {
  const { snapshot, animates = false, children } = props;
  const [shown, setShown] = useState(snapshot);
  // Each panel mounts in a frame of its own, in order: the section's first render (thousands of
  // elements, with KaTeX's fonts to look up) is then several short tasks, not one 100 ms task.
  const [mounted, setMounted] = useState(printing);
  const [token] = useState(() => ({}));
  useEffect(() => {
    if (mounted) {
      committed(token);
      return;
    }
    uncommitted.add(token);
    const mount = () => {
      mounts.delete(mount);
      setMounted(true);
    };
    mounts.add(mount);
    queue.push(mount);
    pump();
    return () => {
      mounts.delete(mount);
      const i = queue.indexOf(mount);
      if (i >= 0) queue.splice(i, 1);
    };
  }, [mounted, token]);
  // A panel gone before it mounted is no longer waited for.
  useEffect(() => () => committed(token), [token]);
  const [visible, setVisible] = useState(false);
  const marker = useRef<HTMLSpanElement>(null);
  const watched = useRef<{ el: Element | null; stop: () => void }>({ el: null, stop: () => {} });
  const report = useRef((on: boolean) => setVisible(on));
  // The panel's element can change (a panel that showed nothing shows something): follow it.
  useLayoutEffect(() => {
    const el = marker.current?.nextElementSibling ?? null;
    if (el === watched.current.el) return;
    watched.current.stop();
    watched.current = { el, stop: el ? watch(el, report.current) : () => {} };
  });
  useEffect(
    () => () => {
      watched.current.stop();
      watched.current = { el: null, stop: () => {} };
    },
    [],
  );
  // React's pattern for state that follows a prop: set while rendering, no extra pass.
  const playing = snapshot.getState().playing;
  if (playing && visible && shown !== snapshot) setShown(snapshot);
  useEffect(() => {
    if (shown === snapshot) return;
    const before = shown.getState();
    // Out of sight while playing, a panel that animates takes one snapshot once the step has
    // moved (so it knows playback is on: nothing in it glides as if stepped by hand); then no
    // panel takes any until it comes into view or playback stops.
    const once =
      animates &&
      playing &&
      !visible &&
      !before.playing &&
      snapshot.getState().step !== before.step;
    if (playing && !once) return;
    const job = () => (once ? setShown(snapshot) : startTransition(() => setShown(snapshot)));
    queue.push(job);
    pump();
    return () => {
      const i = queue.indexOf(job);
      if (i >= 0) queue.splice(i, 1);
    };
  }, [snapshot, shown, playing, visible, animates]);
  return (
    <>
      <span ref={marker} hidden />
      {mounted && <StoreContext.Provider value={shown}>{children}</StoreContext.Provider>}
    </>
  );
}
