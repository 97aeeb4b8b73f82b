import { NodeViewWrapper, type ReactNodeViewProps } from '@tiptap/react';
import { useId, useState } from 'react';
import { meetingKinds } from '../../../shared/domain/kinds';
import { isValidIsoDate, isValidTime } from '../../../shared/domain/dates';
import type { MeetingHeaderAttrs } from '../../../shared/document/types';
import { useI18n } from '../../app/i18n';

type Field = 'date' | 'startTime' | 'endTime';

/** The meeting header as a small form: a wrong date or time is shown in place and not stored. */
export function MeetingHeaderView({ node, updateAttributes, editor }: ReactNodeViewProps) {
  const { t } = useI18n();
  const id = useId();
  const attrs = node.attrs as MeetingHeaderAttrs;
  const [drafts, setDrafts] = useState<Partial<Record<Field, string>>>({});
  const editable = editor.isEditable;

  function change(field: Field, value: string, valid: (text: string) => boolean) {
    const text = value.trim();
    setDrafts((current) => ({ ...current, [field]: value }));
    if (text === '' || valid(text)) updateAttributes({ [field]: text });
  }

  function invalid(field: Field, valid: (text: string) => boolean): boolean {
    const draft = drafts[field]?.trim();
    return draft !== undefined && draft !== '' && !valid(draft);
  }

  const dateInvalid = invalid('date', isValidIsoDate);
  const timeInvalid = invalid('startTime', isValidTime) || invalid('endTime', isValidTime);

  return (
    <NodeViewWrapper as="header" className="meeting-header" data-type="meeting-header" contentEditable={false}>
      <div className="meeting-header-row">
        <label className="header-kind">
          <span>{t('header.kind')}</span>
          <select
            value={attrs.kind}
            disabled={!editable}
            onChange={(event) => updateAttributes({ kind: event.target.value })}
          >
            {meetingKinds.map((kind) => (
              <option key={kind} value={kind}>
                {t(`kind.${kind}`)}
              </option>
            ))}
          </select>
        </label>
        <label className="header-title">
          <span>{t('header.title')}</span>
          <input
            value={attrs.title}
            maxLength={200}
            readOnly={!editable}
            onChange={(event) => updateAttributes({ title: event.target.value })}
          />
        </label>
      </div>
      <div className="meeting-header-row">
        <label>
          <span>{t('header.date')}</span>
          <input
            value={drafts.date ?? attrs.date}
            size={10}
            readOnly={!editable}
            aria-invalid={dateInvalid}
            aria-describedby={dateInvalid ? `${id}-date` : undefined}
            onChange={(event) => change('date', event.target.value, isValidIsoDate)}
          />
        </label>
        <label>
          <span>{t('header.startTime')}</span>
          <input
            value={drafts.startTime ?? attrs.startTime}
            size={5}
            placeholder="18:30"
            readOnly={!editable}
            aria-invalid={invalid('startTime', isValidTime)}
            onChange={(event) => change('startTime', event.target.value, isValidTime)}
          />
        </label>
        <label>
          <span>{t('header.endTime')}</span>
          <input
            value={drafts.endTime ?? attrs.endTime}
            size={5}
            placeholder="20:00"
            readOnly={!editable}
            aria-invalid={invalid('endTime', isValidTime)}
            onChange={(event) => change('endTime', event.target.value, isValidTime)}
          />
        </label>
        <label className="header-place">
          <span>{t('header.place')}</span>
          <input
            value={attrs.place}
            maxLength={200}
            readOnly={!editable}
            onChange={(event) => updateAttributes({ place: event.target.value })}
          />
        </label>
      </div>
      {dateInvalid && (
        <p id={`${id}-date`} className="field-error" role="alert">
          {t('header.invalidDate')}
        </p>
      )}
      {timeInvalid && (
        <p className="field-error" role="alert">
          {t('header.invalidTime')}
        </p>
      )}
    </NodeViewWrapper>
  );
}
