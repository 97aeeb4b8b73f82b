import type { ReviewComment } from '../../../shared/contract/justering';
import { useI18n } from '../../app/i18n';

/** A comment's text and, for a suggested wording, the paragraph as it is and as proposed. */
export function CommentBody({ comment }: { comment: ReviewComment }) {
  const { t } = useI18n();
  return (
    <>
      {comment.text && <p>{comment.text}</p>}
      {comment.suggestion !== null && (
        <div className="suggestion">
          <div>
            <span className="muted">{t('justering.original')}</span> <del>{comment.original}</del>
          </div>
          <div>
            <span className="muted">{t('justering.suggestion')}</span> <ins>{comment.suggestion}</ins>
          </div>
        </div>
      )}
    </>
  );
}
