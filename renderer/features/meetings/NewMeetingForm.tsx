import { useEffect, useId, useState, type FormEvent } from 'react';
import type { Body, MeetingSummary, Template } from '../../../shared/contract/models';
import { formatSwedishDate, todayIso } from '../../../shared/domain/dates';
import { useApi } from '../../app/apiContext';
import { errorText } from '../../app/errorText';
import { useI18n } from '../../app/i18n';
import { dateErrorText } from '../../editor/dates/dateErrorText';
import { readDate } from '../../editor/dates/readDate';

/** "Nytt möte": pick a template and a body, give a title and a date, and start typing. */
export function NewMeetingForm({
  onCreated,
  onCancel,
}: {
  onCreated: (meeting: MeetingSummary) => void;
  onCancel: () => void;
}) {
  const api = useApi();
  const { t } = useI18n();
  const id = useId();
  const [templates, setTemplates] = useState<Template[]>([]);
  const [bodies, setBodies] = useState<Body[]>([]);
  const [templateId, setTemplateId] = useState('');
  const [bodyId, setBodyId] = useState('');
  const [title, setTitle] = useState(t('newMeeting.titleDefault'));
  // Typed the Swedish way, as in the minutes ("27/4", "27 april", "2027-04-27"); a date without a
  // year is the nearest one, so last week's meeting and next month's both come out right.
  const [dateText, setDateText] = useState(() => formatSwedishDate(todayIso()));
  const [dateLeft, setDateLeft] = useState(false);
  const [error, setError] = useState<string | null>(null);
  const [busy, setBusy] = useState(false);

  useEffect(() => {
    api.templates.list({}).then((list) => {
      setTemplates(list);
      setTemplateId((current) => current || (list[0]?.id ?? ''));
    }, (failure: unknown) => setError(errorText(t, failure)));
    api.bodies.list({}).then((list) => {
      setBodies(list);
      setBodyId((current) => current || (list[0]?.id ?? ''));
    }, (failure: unknown) => setError(errorText(t, failure)));
  }, [api, t]);

  const dateRead = readDate(dateText, new Date(), 'nearest');
  const date = dateRead.ok ? dateRead.date : '';
  const dateValid = dateRead.ok;
  const dateError = dateRead.ok ? null : (dateErrorText(dateRead, t) ?? t('newMeeting.dateMissing'));
  const showDateError = dateError !== null && dateLeft;
  // What "27/4" was read as, while the field does not already say it in full.
  const dateHint = dateRead.ok && dateText.trim() !== formatSwedishDate(dateRead.date) ? formatSwedishDate(dateRead.date) : null;
  const template = templates.find((candidate) => candidate.id === templateId);

  async function submit(event: FormEvent) {
    event.preventDefault();
    if (!dateValid || busy) return;
    setBusy(true);
    setError(null);
    try {
      onCreated(await api.meetings.create({ templateId, bodyId, title, date }));
    } catch (failure) {
      setError(errorText(t, failure));
      setBusy(false);
    }
  }

  return (
    <form className="new-meeting" role="dialog" aria-labelledby={`${id}-heading`} onSubmit={submit}>
      <h2 id={`${id}-heading`}>{t('newMeeting.heading')}</h2>
      <label>
        {t('newMeeting.template')}
        <select value={templateId} onChange={(event) => setTemplateId(event.target.value)}>
          {templates.map((candidate) => (
            <option key={candidate.id} value={candidate.id}>
              {candidate.name}
            </option>
          ))}
        </select>
      </label>
      <label>
        {t('newMeeting.body')}
        <select value={bodyId} onChange={(event) => setBodyId(event.target.value)}>
          {bodies.map((body) => (
            <option key={body.id} value={body.id}>
              {body.name}
            </option>
          ))}
        </select>
      </label>
      <label>
        {t('newMeeting.title')}
        <input value={title} onChange={(event) => setTitle(event.target.value)} required maxLength={200} autoFocus />
      </label>
      <label>
        {t('newMeeting.date')}
        <input
          value={dateText}
          spellCheck={false}
          onChange={(event) => setDateText(event.target.value)}
          onBlur={() => {
            setDateLeft(true);
            if (dateRead.ok) setDateText(formatSwedishDate(dateRead.date));
          }}
          onKeyDown={(event) => event.key === 'Enter' && setDateLeft(true)}
          placeholder={t('date.placeholder')}
          aria-invalid={showDateError}
          aria-describedby={showDateError ? `${id}-date-error` : dateHint ? `${id}-date-read` : undefined}
        />
      </label>
      {showDateError ? (
        <p id={`${id}-date-error`} className="field-error" role="alert">
          {dateError}
        </p>
      ) : (
        dateHint && (
          <p id={`${id}-date-read`} className="hint">
            {dateHint}
          </p>
        )
      )}
      {template && (
        <details className="template-preview">
          <summary>
            {t('newMeeting.items')} ({template.itemTitles.length})
          </summary>
          <ol>
            {template.itemTitles.map((itemTitle, index) => (
              <li key={index}>{itemTitle}</li>
            ))}
          </ol>
        </details>
      )}
      {error && <p role="alert" className="error">{error}</p>}
      <div className="actions">
        <button type="submit" className="primary" disabled={!dateValid || busy || !templateId || !bodyId || !title.trim()}>
          {t('newMeeting.create')}
        </button>
        <button type="button" onClick={onCancel}>
          {t('newMeeting.cancel')}
        </button>
      </div>
    </form>
  );
}
