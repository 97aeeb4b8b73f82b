import { useEffect, useRef, useState, type ChangeEvent } from 'react';
import type { ReceivedReview } from '../../../shared/contract/justering';
import { readFileText } from '../../app/fileTransfer';
import type { MeetingSummary } from '../../../shared/contract/models';
import { useApi } from '../../app/apiContext';
import { errorText } from '../../app/errorText';
import { useDismiss } from '../../app/useDismiss';
import { useI18n } from '../../app/i18n';
import { FormMessage } from '../../app/FormMessage';
import { NewMeetingForm } from './NewMeetingForm';

/** The meeting list: every meeting, newest first, and "Nytt möte". */
export function MeetingListScreen({ onOpen, onOpenReview }: { onOpen: (id: string) => void; onOpenReview: (reviewId: string) => void }) {
  const api = useApi();
  const { t, language } = useI18n();
  const [meetings, setMeetings] = useState<MeetingSummary[] | null>(null);
  const [reviews, setReviews] = useState<ReceivedReview[]>([]);
  const [creating, setCreating] = useState(false);
  const [error, setError] = useState<string | null>(null);
  const [removed, setRemoved] = useState<string | null>(null);
  const newButton = useRef<HTMLButtonElement>(null);
  const newForm = useRef<HTMLDivElement>(null);
  useDismiss(creating, newForm, newButton, () => setCreating(false), { outside: false });

  useEffect(() => {
    api.meetings.list({}).then(setMeetings, (failure: unknown) => setError(errorText(t, failure)));
    api.reviews.list({}).then(setReviews, () => undefined);
  }, [api, t]);

  async function openReviewFile(event: ChangeEvent<HTMLInputElement>) {
    const file = event.target.files?.[0];
    event.target.value = '';
    if (!file) return;
    try {
      const review = await api.reviews.open({ content: await readFileText(file) });
      onOpenReview(review.reviewId);
    } catch (failure) {
      setError(errorText(t, failure));
    }
  }

  async function openSample() {
    try {
      const sample = meetings?.find((meeting) => meeting.title === 'Exempelmöte') ?? (await api.meetings.createSample({}));
      onOpen(sample.id);
    } catch (failure) {
      setError(errorText(t, failure));
    }
  }

  // A draft never sent for justering can be removed (a meeting made by mistake, a try-out), after a question.
  async function remove(meeting: MeetingSummary) {
    if (!window.confirm(t('meetings.removeConfirm', { title: meeting.title, date: meeting.date }))) return;
    try {
      await api.meetings.remove({ id: meeting.id });
      setMeetings((current) => current?.filter((other) => other.id !== meeting.id) ?? null);
      setError(null);
      setRemoved(t('meetings.removed', { title: meeting.title, date: meeting.date }));
      // Its button is gone with its row: the keyboard goes on from "Nytt möte".
      newButton.current?.focus();
    } catch (failure) {
      setRemoved(null);
      setError(errorText(t, failure));
      // The meeting may have changed meanwhile (sent for justering from another window): shown as it is now.
      api.meetings.list({}).then(setMeetings, () => undefined);
    }
  }

  const dateTime = new Intl.DateTimeFormat(language === 'sv' ? 'sv-SE' : 'en-GB', {
    dateStyle: 'short',
    timeStyle: 'short',
  });

  return (
    <section className="meeting-list">
      <div className="screen-heading">
        <h1>{t('meetings.heading')}</h1>
        {!creating && (
          <div className="actions">
            <label className="file-button">
              {t('reviews.openFile')}
              <input type="file" accept=".paragraf,application/json" onChange={(event) => void openReviewFile(event)} />
            </label>
            <button type="button" onClick={() => void openSample()}>
              {t('meetings.sample')}
            </button>
            <button type="button" className="primary" ref={newButton} onClick={() => setCreating(true)}>
              {t('meetings.new')}
            </button>
          </div>
        )}
      </div>
      {creating && (
        <div ref={newForm}>
          <NewMeetingForm onCreated={(meeting) => onOpen(meeting.id)} onCancel={() => setCreating(false)} />
        </div>
      )}
      {error && <p role="alert" className="error">{error}</p>}
      <FormMessage message={removed ? { error: false, text: removed } : null} />
      {meetings && meetings.length === 0 && !creating && <p className="empty">{t('meetings.empty')}</p>}
      {meetings && meetings.length > 0 && (
        <table className="meetings">
          <thead>
            <tr>
              <th scope="col">{t('meetings.column.date')}</th>
              <th scope="col">{t('meetings.column.title')}</th>
              <th scope="col">{t('meetings.column.body')}</th>
              <th scope="col">{t('meetings.column.state')}</th>
              <th scope="col">{t('meetings.column.updated')}</th>
              <th scope="col">
                <span className="visually-hidden">{t('meetings.column.actions')}</span>
              </th>
            </tr>
          </thead>
          <tbody>
            {meetings.map((meeting) => (
              <tr key={meeting.id}>
                <td>{meeting.date}</td>
                <td>
                  <a href={`#/meeting/${meeting.id}`}>{meeting.title}</a>
                </td>
                <td>{meeting.bodyName}</td>
                <td>
                  <span className={`state-badge ${meeting.state}`}>{t(`state.${meeting.state}`)}</span>{' '}
                  {meeting.deadline && (
                    <span className={meeting.late ? 'late-badge' : 'muted'}>
                      {meeting.late ? t('meetings.late', { date: meeting.deadline }) : t('meetings.deadline', { date: meeting.deadline })}
                    </span>
                  )}
                </td>
                <td>{dateTime.format(new Date(meeting.updatedAt))}</td>
                <td>
                  {meeting.removable && (
                    <button
                      type="button"
                      className="link danger"
                      aria-label={t('meetings.removeNamed', { title: meeting.title, date: meeting.date })}
                      onClick={() => void remove(meeting)}
                    >
                      {t('meetings.remove')}
                    </button>
                  )}
                </td>
              </tr>
            ))}
          </tbody>
        </table>
      )}
      {reviews.length > 0 && (
        <section className="received-reviews" aria-label={t('reviews.received')}>
          <h2>{t('reviews.received')}</h2>
          <ul>
            {reviews.map((review) => (
              <li key={review.reviewId}>
                <a href={`#/review/${review.reviewId}`}>
                  {review.meeting.title} {review.meeting.date} – {review.organisation}, {review.body} (revision {review.revision.number})
                </a>
              </li>
            ))}
          </ul>
        </section>
      )}
    </section>
  );
}
