import { useState, type FormEvent } from 'react';
import type { ReviewComment } from '../../../shared/contract/justering';
import { CommentBody } from './CommentBody';
import { useI18n } from '../../app/i18n';

/** Comments on one §, and a form for a comment or a new wording of one of its paragraphs. */
export function ReviewItemComments({
  label,
  paragraphs,
  comments,
  disabled,
  onAdd,
  onRemove,
}: {
  label: string;
  paragraphs: string[];
  comments: ReviewComment[];
  disabled: boolean;
  onAdd: (comment: { text: string; original: string | null; suggestion: string | null }) => Promise<boolean>;
  onRemove: (commentId: string) => void;
}) {
  const { t } = useI18n();
  const [text, setText] = useState('');
  const [target, setTarget] = useState(-1);
  const [suggestion, setSuggestion] = useState('');

  async function add(event: FormEvent) {
    event.preventDefault();
    const original = target >= 0 ? (paragraphs[target] ?? null) : null;
    const added = await onAdd({ text: text.trim(), original, suggestion: original === null ? null : suggestion });
    if (added) {
      setText('');
      setTarget(-1);
      setSuggestion('');
    }
  }

  return (
    <section className="review-item" aria-label={label}>
      <h3>{label}</h3>
      <ul className="comments">
        {comments.map((comment) => (
          <li key={comment.id} className="comment">
            <CommentBody comment={comment} />
            {!disabled && (
              <button type="button" onClick={() => onRemove(comment.id)}>
                {t('reviews.remove')}
              </button>
            )}
          </li>
        ))}
      </ul>
      {!disabled && (
        <form onSubmit={add} className="review-comment-form">
          <label>
            {t('reviews.comment')}
            <textarea value={text} onChange={(event) => setText(event.target.value)} rows={2} maxLength={10_000} />
          </label>
          {paragraphs.length > 0 && (
            <label>
              {t('reviews.suggestFor')}
              <select
                value={target}
                onChange={(event) => {
                  const index = Number(event.target.value);
                  setTarget(index);
                  setSuggestion(index >= 0 ? (paragraphs[index] ?? '') : '');
                }}
              >
                <option value={-1}>{t('reviews.noParagraph')}</option>
                {paragraphs.map((paragraph, index) => (
                  <option key={index} value={index}>
                    {paragraph.length > 70 ? `${paragraph.slice(0, 70)}…` : paragraph}
                  </option>
                ))}
              </select>
            </label>
          )}
          {target >= 0 && (
            <label>
              {t('reviews.suggestion')}
              <textarea value={suggestion} onChange={(event) => setSuggestion(event.target.value)} rows={3} maxLength={100_000} />
            </label>
          )}
          <button type="submit" disabled={!text.trim() && target < 0}>
            {t('reviews.addComment')}
          </button>
        </form>
      )}
    </section>
  );
}
