import { useEffect, useState } from 'react';
import type { ApproverRole, ReceivedReview } from '../../../shared/contract/justering';
import { itemTextblocks, nodeText } from '../../../shared/document/documentText';
import type { MinutesDocument } from '../../../shared/document/types';
import { useApi } from '../../app/apiContext';
import { errorText } from '../../app/errorText';
import { saveFile } from '../../app/fileTransfer';
import { useI18n } from '../../app/i18n';
import { formatTime } from './formatTime';
import { ApproverRoleSelect } from './ApproverRoleSelect';
import { CertificateChoice, type CertificateSelection } from './CertificateChoice';
import { ReadOnlyMinutes } from './ReadOnlyMinutes';
import { paragraphLabel } from './paragraphLabel';
import { ReviewItemComments } from './ReviewItemComments';
import { FormMessage, type FormMessageValue } from '../../app/FormMessage';

/** The justerare's side: the minutes read-only, comments and suggestions per §, and "Justera". */
export function ReviewScreen({ reviewId, onBack }: { reviewId: string; onBack: () => void }) {
  const api = useApi();
  const { t, language } = useI18n();
  const [review, setReview] = useState<ReceivedReview | null>(null);
  const [role, setRole] = useState<ApproverRole>('justerare');
  const [signWith, setSignWith] = useState<CertificateSelection | null>(null);
  const [message, setMessage] = useState<FormMessageValue | null>(null);

  useEffect(() => {
    api.reviews.get({ reviewId }).then(setReview, (error: unknown) => setMessage({ error: true, text: errorText(t, error) }));
  }, [api, reviewId, t]);

  if (!review) {
    return message ? <p role="alert" className="error">{message.text}</p> : <p className="loading">{t('editor.loading')}</p>;
  }
  const document = review.document as MinutesDocument;
  const items = document.content.filter((node) => node.type === 'agendaItem');
  const answered = review.answeredAt !== null;

  async function update(action: () => Promise<ReceivedReview>): Promise<boolean> {
    try {
      setReview(await action());
      setMessage(null);
      return true;
    } catch (error) {
      setMessage({ error: true, text: errorText(t, error) });
      return false;
    }
  }

  async function answer(approve: boolean) {
    try {
      const signature = approve && signWith ? { signature: signWith } : {};
      const file = await api.reviews.answer({ reviewId, approve, role, ...signature });
      saveFile(file.fileName, file.content, 'application/vnd.paragraf+json');
      setReview(await api.reviews.get({ reviewId }));
    } catch (error) {
      setMessage({ error: true, text: errorText(t, error) });
    }
  }

  return (
    <section className="review-screen">
      <button type="button" className="link" onClick={onBack}>
        {t('reviews.back')}
      </button>
      <h1>{t('reviews.heading', { title: `${review.meeting.title} ${review.meeting.date}` })}</h1>
      <p>
        {t('reviews.from', { sender: review.sender, organisation: review.organisation, body: review.body, number: String(review.revision.number) })}
      </p>
      <p className="muted">{t('reviews.readOnly')}</p>
      <div className="meeting-layout with-panel">
        <div className="meeting-main">
          <ReadOnlyMinutes document={document} firstParagraphNumber={review.revision.firstParagraphNumber} label={review.meeting.title} />
        </div>
        <aside className="justering" aria-label={t('justering.comments')}>
          {answered ? (
            <p className="notice-inline" role="status">{t('reviews.answered', { time: formatTime(review.answeredAt!, language) })}</p>
          ) : (
            <div className="justering-step">
              <ApproverRoleSelect label="reviews.answerRole" value={role} onChange={setRole} />
              {review.hasPdf && <CertificateChoice value={signWith} onChange={setSignWith} />}
              <button type="button" className="primary" onClick={() => void answer(true)}>
                {t('reviews.approve')}
              </button>
              <button type="button" onClick={() => void answer(false)}>
                {t('reviews.answerOnly')}
              </button>
            </div>
          )}
          <FormMessage message={message} />
          {items.map((item, index) => {
            const itemId = String(item.attrs?.id ?? '');
            const label = paragraphLabel(t, review.revision.firstParagraphNumber + index, nodeText(item.content?.[0] ?? { type: 'agendaTitle' }));
            return (
              <ReviewItemComments
                key={itemId}
                label={label}
                paragraphs={itemTextblocks(item)}
                comments={review.comments.filter((comment) => comment.itemId === itemId)}
                disabled={answered}
                onAdd={(comment) => update(() => api.reviews.comment({ reviewId, itemId, ...comment }))}
                onRemove={(commentId) => void update(() => api.reviews.removeComment({ reviewId, commentId }))}
              />
            );
          })}
        </aside>
      </div>
    </section>
  );
}
