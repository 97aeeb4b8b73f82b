import type { Editor } from '@tiptap/core';
import type { Attendee } from '../../../shared/document/nodes/attendance';
import { quorumAt } from '../../../shared/domain/attendance';
import { useI18n } from '../../app/i18n';
import { meetingContext } from '../context/meetingContext';
import { useMeetingOutline } from '../outline/useMeetingOutline';

/**
 * Beslutförhet at the § that holds the cursor (the first § when it is elsewhere), from the body's
 * rule and the attendance list; it changes as the secretary moves through the meeting.
 */
export function QuorumStatus({ editor, compact = false }: { editor: Editor; compact?: boolean }) {
  const { t } = useI18n();
  const outline = useMeetingOutline(editor);
  const attendees = (outline.attendance?.attrs.attendees ?? []) as Attendee[];
  if (outline.order.ids.length === 0) return null;
  const index = outline.currentItem >= 0 ? outline.currentItem : 0;
  const number = String(outline.order.numbers.get(outline.order.ids[index] ?? '') ?? index + 1);
  const quorum = quorumAt(attendees, outline.order, index, meetingContext(editor).quorumRule);
  if (quorum.seats === 0) {
    return (
      <span className="quorum quorum-unknown" aria-live="polite">
        {t('quorum.noMembers')}
      </span>
    );
  }
  const values = { number, deciding: String(quorum.deciding), seats: String(quorum.seats), required: String(quorum.required) };
  const key = quorum.ok ? (compact ? 'quorum.okShort' : 'quorum.ok') : compact ? 'quorum.notOkShort' : 'quorum.notOk';
  return (
    <span className={quorum.ok ? 'quorum quorum-ok' : 'quorum quorum-not-ok'} aria-live="polite" data-item={number}>
      {t(key, values)}
    </span>
  );
}
