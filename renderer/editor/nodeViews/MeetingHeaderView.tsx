import { NodeViewWrapper, type ReactNodeViewProps } from '@tiptap/react';
import { meetingKinds } from '../../../shared/domain/kinds';
import { todayIso } from '../../../shared/domain/dates';
import type { MeetingHeaderAttrs } from '../../../shared/document/types';
import { useI18n } from '../../app/i18n';
import { meetingContext } from '../context/meetingContext';
import { useEditable } from '../useEditable';
import { DateInput } from '../fields/DateInput';
import { TimeInput } from '../fields/TimeInput';
import { MeetingClock } from './MeetingClock';
import { editorUndoKeys } from '../fields/editorUndoKeys';
import { escapeToText } from '../fields/escapeToText';

/** The meeting header as a small form: dates typed the Swedish way, the meeting clock, and justeringens plats och tid. */
export function MeetingHeaderView({ node, updateAttributes, editor }: ReactNodeViewProps) {
  const { t } = useI18n();
  const attrs = node.attrs as Required<MeetingHeaderAttrs>;
  const editable = useEditable(editor);
  const now = () => meetingContext(editor).now();
  const undoKeys = editorUndoKeys(editor);
  return (
    <NodeViewWrapper as="header" className="meeting-header" data-type="meeting-header" contentEditable={false} onKeyDown={escapeToText(editor)}>
      <div className="meeting-header-row">
        <label className="header-kind">
          <span>{t('header.kind')}</span>
          <select value={attrs.kind} disabled={!editable} onChange={(event) => updateAttributes({ kind: event.target.value })}>
            {meetingKinds.map((kind) => (
              <option key={kind} value={kind}>
                {t(`kind.${kind}`)}
              </option>
            ))}
          </select>
        </label>
        <label className="header-title">
          <span>{t('header.title')}</span>
          <input value={attrs.title} maxLength={200} readOnly={!editable} onKeyDown={undoKeys} onChange={(event) => updateAttributes({ title: event.target.value })} />
        </label>
      </div>
      <div className="meeting-header-row">
        <label>
          <span>{t('header.date')}</span>
          <DateInput label={t('header.date')} value={attrs.date} year="nearest" now={now} readOnly={!editable} onCommit={(read) => updateAttributes(read.time ? { date: read.date, startTime: read.time } : { date: read.date })} />
        </label>
        <label>
          <span>{t('header.startTime')}</span>
          <TimeInput label={t('header.startTime')} value={attrs.startTime} readOnly={!editable} onCommit={(startTime) => updateAttributes({ startTime })} />
        </label>
        <label>
          <span>{t('header.endTime')}</span>
          <TimeInput label={t('header.endTime')} value={attrs.endTime} readOnly={!editable} onCommit={(endTime) => updateAttributes({ endTime })} />
        </label>
        <label className="header-place">
          <span>{t('header.place')}</span>
          <input value={attrs.place} maxLength={200} readOnly={!editable} onKeyDown={undoKeys} onChange={(event) => updateAttributes({ place: event.target.value })} />
        </label>
      </div>
      <div className="meeting-header-row header-secondary">
        <MeetingClock editor={editor} startTime={attrs.startTime} endTime={attrs.endTime} date={attrs.date} today={todayIso(now())} />
        <span className="header-adjustment" role="group" aria-label={t('header.adjustment')}>
          <span className="header-group-label">{t('header.adjustment')}</span>
          <input
            aria-label={t('header.adjustmentPlace')}
            placeholder={t('header.adjustmentPlace')}
            value={attrs.adjustmentPlace ?? ''}
            maxLength={200}
            readOnly={!editable}
            onKeyDown={undoKeys}
            onChange={(event) => updateAttributes({ adjustmentPlace: event.target.value })}
          />
          <DateInput label={t('header.adjustmentDate')} value={attrs.adjustmentDate ?? ''} year="future" now={now} readOnly={!editable} onCommit={(read) => updateAttributes({ adjustmentDate: read.date })} />
        </span>
      </div>
    </NodeViewWrapper>
  );
}
