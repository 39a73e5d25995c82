import { dismissNotice, useNotices } from './useNotices';

/** Things the app needs the user to know (e.g. data restored from a backup), until dismissed. */
export function NoticesBanner() {
  const notices = useNotices();
  if (notices.length === 0) return null;
  return (
    <div className="notices">
      {notices.map((notice) => (
        <div
          key={notice.id}
          className={`notice notice-${notice.level}`}
          role={notice.level === 'info' ? 'status' : 'alert'}
        >
          <p className="notice-message" id={`${notice.id}-message`}>
            {notice.message}
          </p>
          <button
            type="button"
            className="button button-small"
            aria-describedby={`${notice.id}-message`}
            onClick={() => void dismissNotice(notice.id)}
          >
            Dismiss
          </button>
        </div>
      ))}
    </div>
  );
}
