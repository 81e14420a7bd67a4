import { useApp } from '../state/StoreContext';

/** Visible notices about ignored link values, each naming the key and the bad value. */
export function Notices() {
  const notices = useApp((s) => s.notices);
  const dismiss = useApp((s) => s.dismissNotices);
  if (notices.length === 0) return null;
  return (
    <div className="notices" role="alert">
      <ul>
        {notices.slice(0, 8).map((n, i) => (
          <li key={i}>
            Ignored <code>{n.key}</code>=<code>{n.value}</code>: {n.message}.
          </li>
        ))}
        {notices.length > 8 && <li>… and {notices.length - 8} more.</li>}
      </ul>
      <button type="button" onClick={dismiss}>
        Dismiss
      </button>
    </div>
  );
}
