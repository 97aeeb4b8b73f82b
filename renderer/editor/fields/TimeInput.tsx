import { useState } from 'react';
import { parseSwedishTime } from '../../../shared/domain/swedishDates';
import { useI18n } from '../../app/i18n';

/** A time of day typed the Swedish way ("9", "18.30"), stored as HH:MM when the field is left. */
export function TimeInput(props: { label: string; value: string; readOnly?: boolean; onCommit: (time: string) => void }) {
  const { t } = useI18n();
  const [draft, setDraft] = useState<string | null>(null);
  const [invalid, setInvalid] = useState(false);

  function read() {
    if (draft === null) return;
    const text = draft.trim();
    const time = text === '' ? '' : parseSwedishTime(text);
    if (time === null) {
      setInvalid(true);
      return;
    }
    setInvalid(false);
    setDraft(null);
    if (time !== props.value) props.onCommit(time);
  }

  return (
    <span className="time-field">
      <input
        aria-label={props.label}
        value={draft ?? props.value}
        size={5}
        placeholder={t('time.placeholder')}
        readOnly={props.readOnly}
        aria-invalid={invalid}
        onChange={(event) => setDraft(event.target.value)}
        onBlur={read}
        onKeyDown={(event) => {
          if (event.key === 'Enter') {
            event.preventDefault();
            read();
          }
        }}
      />
      {invalid && (
        <span className="field-error" role="alert">
          {t('date.noSuchTime', { time: draft ?? '' })}
        </span>
      )}
    </span>
  );
}
