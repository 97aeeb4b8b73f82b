import { useId, useState, type KeyboardEvent } from 'react';
import type { YearChoice } from '../../../shared/domain/swedishDates';
import { useI18n } from '../../app/i18n';
import { dateErrorText } from '../dates/dateErrorText';
import { dateFieldText, readDate } from '../dates/readDate';

/** What a date field reports when it has read a date: the date, and a time range if one was typed. */
export interface DateRead {
  date: string;
  time: string;
  endTime: string;
}

/** Props of a date field: its stored value, what it does with a date that was read, and its label. */
export interface DateInputProps {
  label: string;
  value: string;
  year: YearChoice;
  now: () => Date;
  readOnly?: boolean;
  focusFirst?: boolean;
  onCommit: (read: DateRead) => void;
  onLeave?: () => void;
}

/**
 * A date typed the Swedish way ("27/4", "27 april kl 9", "2027-03-31"), read on Enter or when the
 * field is left. A date that does not exist keeps what was typed and says why beside the field.
 */
export function DateInput(props: DateInputProps) {
  const { t } = useI18n();
  const id = useId();
  const [draft, setDraft] = useState<string | null>(null);
  const [error, setError] = useState<string | null>(null);

  function read(): boolean {
    if (draft === null) return true;
    const text = draft.trim();
    if (text === '') {
      setError(null);
      setDraft(null);
      if (props.value !== '') props.onCommit({ date: '', time: '', endTime: '' });
      return true;
    }
    const result = readDate(text, props.now(), props.year);
    if (!result.ok) {
      setError(dateErrorText(result, t));
      return false;
    }
    setError(null);
    setDraft(null);
    props.onCommit({ date: result.date, time: result.time, endTime: result.endTime });
    return true;
  }

  function onKeyDown(event: KeyboardEvent<HTMLInputElement>) {
    if (event.key === 'Enter') {
      event.preventDefault();
      if (read()) props.onLeave?.();
    } else if (event.key === 'Escape' && (draft !== null || props.onLeave)) {
      event.preventDefault();
      setDraft(null);
      setError(null);
      props.onLeave?.();
    }
  }

  return (
    <span className="date-field">
      <input
        aria-label={props.label}
        value={draft ?? dateFieldText(props.value)}
        size={16}
        spellCheck={false}
        readOnly={props.readOnly}
        placeholder={t('date.placeholder')}
        aria-invalid={error !== null}
        aria-describedby={error ? `${id}-error` : undefined}
        data-focus-first={props.focusFirst ? '' : undefined}
        onChange={(event) => setDraft(event.target.value)}
        onBlur={() => read()}
        onKeyDown={onKeyDown}
      />
      {error && (
        <span id={`${id}-error`} className="field-error" role="alert">
          {error}
        </span>
      )}
    </span>
  );
}
