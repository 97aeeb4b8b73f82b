import { NodeViewWrapper, type ReactNodeViewProps } from '@tiptap/react';
import { useI18n } from '../../app/i18n';
import { meetingContext } from '../context/meetingContext';
import { useEditable } from '../useEditable';
import { DateInput } from '../fields/DateInput';
import { TimeInput } from '../fields/TimeInput';
import { editorUndoKeys } from '../fields/editorUndoKeys';
import { escapeToText } from '../fields/escapeToText';

/** Nästa möte: the date typed the Swedish way ("14/1 kl 18.30–20.30" fills the times too), and the place. */
export function NextMeetingView({ node, editor, updateAttributes }: ReactNodeViewProps) {
  const { t } = useI18n();
  const attrs = node.attrs as { date: string; startTime: string; endTime: string; place: string };
  const editable = useEditable(editor);
  return (
    <NodeViewWrapper as="section" className="next-meeting" data-type="next-meeting" contentEditable={false} aria-label={t('nextMeeting.heading')} onKeyDown={escapeToText(editor)}>
      <h2>{t('nextMeeting.heading')}</h2>
      <div className="next-meeting-fields">
        <label>
          <span>{t('nextMeeting.date')}</span>
          <DateInput
            label={t('nextMeeting.date')}
            value={attrs.date}
            year="future"
            now={() => meetingContext(editor).now()}
            readOnly={!editable}
            focusFirst
            onCommit={(read) => updateAttributes(read.time ? { date: read.date, startTime: read.time, endTime: read.endTime || attrs.endTime } : { date: read.date })}
          />
        </label>
        <label>
          <span>{t('nextMeeting.startTime')}</span>
          <TimeInput label={t('nextMeeting.startTime')} value={attrs.startTime} readOnly={!editable} onCommit={(startTime) => updateAttributes({ startTime })} />
        </label>
        <label>
          <span>{t('nextMeeting.endTime')}</span>
          <TimeInput label={t('nextMeeting.endTime')} value={attrs.endTime} readOnly={!editable} onCommit={(endTime) => updateAttributes({ endTime })} />
        </label>
        <label className="next-meeting-place">
          <span>{t('nextMeeting.place')}</span>
          <input value={attrs.place} maxLength={300} readOnly={!editable} onKeyDown={editorUndoKeys(editor)} onChange={(event) => updateAttributes({ place: event.target.value })} />
        </label>
      </div>
    </NodeViewWrapper>
  );
}
