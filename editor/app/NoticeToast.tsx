import { useEffect } from 'react';
import { useEditor } from '../store/EditorProvider';

/** Short messages (a refused link, a finished import); they go away on their own. */
export function NoticeToast() {
  const notice = useEditor((s) => s.notice);
  const dismiss = useEditor((s) => s.dismissNotice);
  useEffect(() => {
    if (!notice) return;
    const timer = setTimeout(dismiss, notice.kind === 'error' ? 7000 : 3500);
    return () => clearTimeout(timer);
  }, [notice, dismiss]);
  if (!notice) return null;
  return (
    <div className={`toast is-${notice.kind}`} role={notice.kind === 'error' ? 'alert' : 'status'} onClick={dismiss}>
      {notice.text}
    </div>
  );
}
