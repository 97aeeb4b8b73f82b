import { useSyncExternalStore } from 'react';
import { useI18n } from '../app/i18n';
import type { NoticeStore } from './context/noticeStore';

/** The editor's status line: a person that could not be added to the register, and the like. */
export function NoticeLine({ notices }: { notices: NoticeStore }) {
  const { t } = useI18n();
  const notice = useSyncExternalStore(notices.subscribe, notices.current);
  if (!notice) return null;
  return (
    <p className={notice.kind === 'error' ? 'editor-notice error' : 'editor-notice'} role={notice.kind === 'error' ? 'alert' : undefined} aria-live="polite">
      {notice.text}
      <button type="button" className="link" onClick={() => notices.clear()}>
        {t('notice.dismiss')}
      </button>
    </p>
  );
}
