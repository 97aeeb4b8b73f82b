import { ParagrafError } from '../../shared/contract/errors';
import type { JusteringStatus } from '../../shared/contract/justering';
import { textContent } from '../../shared/document/buildMinutes';
import { nodeText } from '../../shared/document/documentText';
import type { DocNodeJson, MinutesDocument } from '../../shared/document/types';
import { validateDocument } from '../../shared/document/validateDocument';
import { appendAudit } from './audit';
import type { ServiceContext } from './context';
import { actorName } from './identity';
import { freezeRevision, justeringStatus, meetingState } from './revisions';

interface CommentRow {
  id: string;
  meeting_id: string;
  item_id: string;
  author: string;
  original: string | null;
  suggestion: string | null;
  status: string;
}

function openComment(ctx: ServiceContext, commentId: string): CommentRow {
  const row = ctx.db.prepare('SELECT * FROM review_comments WHERE id = ?').get(commentId) as CommentRow | undefined;
  if (!row) throw new ParagrafError('NOT_FOUND', `no comment ${commentId}`);
  if (row.status !== 'open') throw new ParagrafError('INVALID_INPUT', 'the comment has already been handled');
  return row;
}

/** Replaces the text of the block in a § whose text is `original`; false when no block has it any more. */
function replaceWording(item: DocNodeJson, original: string, suggestion: string): boolean {
  for (const child of item.content ?? []) {
    const isTextblock = (child.content ?? []).every((node) => node.type === 'text' || node.type === 'hardBreak') && child.type !== 'agendaTitle';
    if (isTextblock && nodeText(child) === original && child.type !== 'vote') {
      child.content = textContent(suggestion);
      return true;
    }
    if (child.content && child.content.some((node) => node.type !== 'text') && replaceWording(child, original, suggestion)) return true;
  }
  return false;
}

/**
 * Takes a justerare's suggested wording into the minutes. On a draft it changes the draft; on
 * frozen or approved minutes it makes a new revision at once, which voids earlier approvals.
 */
export function acceptSuggestion(ctx: ServiceContext, input: { commentId: string }): JusteringStatus {
  const comment = openComment(ctx, input.commentId);
  if (comment.original === null || comment.suggestion === null) throw new ParagrafError('INVALID_INPUT', 'the comment has no suggested wording');
  const stored = ctx.db.prepare('SELECT version, document FROM minutes WHERE meeting_id = ?').get(comment.meeting_id) as { version: number; document: string };
  const document = JSON.parse(stored.document) as MinutesDocument;
  const items = document.content.filter((node) => node.type === 'agendaItem');
  const index = items.findIndex((node) => node.attrs?.id === comment.item_id);
  const item = items[index];
  if (!item) throw new ParagrafError('NOT_FOUND', 'the § is no longer in the minutes');
  if (!replaceWording(item, comment.original, comment.suggestion)) {
    throw new ParagrafError('REVISION_CONFLICT', 'the text the suggestion replaces has changed since');
  }
  const validation = validateDocument(document);
  if (!validation.ok) throw new ParagrafError('INVALID_DOCUMENT', validation.reason);
  const frozen = meetingState(ctx, comment.meeting_id) !== 'utkast';
  ctx.db.transaction(() => {
    ctx.db
      .prepare('UPDATE minutes SET document = ?, version = version + 1, updated_at = ? WHERE meeting_id = ?')
      .run(JSON.stringify(document), ctx.now().toISOString(), comment.meeting_id);
    ctx.db.prepare("UPDATE review_comments SET status = 'accepted' WHERE id = ?").run(comment.id);
    appendAudit(ctx, comment.meeting_id, actorName(ctx), 'suggestion-accepted', { commentId: comment.id, author: comment.author, itemId: comment.item_id });
    if (frozen) freezeRevision(ctx, comment.meeting_id, document, `Förslag från ${comment.author} godtaget (§ ${index + 1} i ordningen)`);
  })();
  return justeringStatus(ctx, { meetingId: comment.meeting_id });
}

/** Declines a suggestion, or marks a comment as handled. */
export function rejectComment(ctx: ServiceContext, input: { commentId: string }): JusteringStatus {
  const comment = openComment(ctx, input.commentId);
  ctx.db.transaction(() => {
    ctx.db.prepare("UPDATE review_comments SET status = 'rejected' WHERE id = ?").run(comment.id);
    appendAudit(ctx, comment.meeting_id, actorName(ctx), 'comment-handled', { commentId: comment.id, author: comment.author });
  })();
  return justeringStatus(ctx, { meetingId: comment.meeting_id });
}
