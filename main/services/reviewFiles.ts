import { createHash } from 'node:crypto';
import { ParagrafError } from '../../shared/contract/errors';
import {
  answerFileSchema,
  reviewFileSchema,
  type AnswerFile,
  type AnswerImport,
  type OutgoingFile,
  type ApproverRole,
  type ReceivedReview,
  type ReviewComment,
  type ReviewFile,
} from '../../shared/contract/justering';
import type { MinutesDocument } from '../../shared/document/types';
import { validateDocument } from '../../shared/document/validateDocument';
import { canonicalJson } from '../../shared/domain/revisionHash';
import { appendAudit } from './audit';
import type { ServiceContext } from './context';
import { actorName, getIdentity } from './identity';
import { currentRevision, meetingState, recordApproval, revisionByHash, revisionHash, toReviewComment, type ReviewCommentRow } from './revisions';
import { getOrganisation } from './organisation';
import { safeFileName } from './export/exportedFile';
import { storedSigner } from './certificates';
import { acceptAnsweredPdf, revisionPdfForReview, type SignWith } from './revisionPdfs';
import { addSignature } from './signatures';

function checksumOf(fields: Record<string, unknown>): string {
  return createHash('sha256').update(canonicalJson(fields), 'utf8').digest('hex');
}

function withChecksum<T extends Record<string, unknown>>(fields: T): T & { checksum: string } {
  return { ...fields, checksum: checksumOf(fields) };
}

/** Reads and checks a file's JSON against a schema and its checksum; anything off is INVALID_FILE. */
function parseChecked<T extends { checksum: string }>(content: string, schema: { safeParse: (value: unknown) => { success: true; data: T } | { success: false; error: { issues: { path: PropertyKey[]; message: string }[] } } }): T {
  let json: unknown;
  try {
    json = JSON.parse(content);
  } catch {
    throw new ParagrafError('INVALID_FILE', 'not JSON (cut short?)');
  }
  const parsed = schema.safeParse(json);
  if (!parsed.success) {
    const issue = parsed.error.issues[0];
    throw new ParagrafError('INVALID_FILE', `${issue?.path.map(String).join('.') || 'file'}: ${issue?.message ?? 'invalid'}`);
  }
  const { checksum, ...fields } = parsed.data;
  if (checksumOf(fields) !== checksum) throw new ParagrafError('INVALID_FILE', 'checksum does not match (altered?)');
  return parsed.data;
}

/**
 * The review file of the current frozen revision (.paragraf), to send to a justerare by e-mail
 * or a shared drive. `pdf` is the revision's PDF, with the signatures given so far.
 */
export function exportReviewFile(ctx: ServiceContext, input: { meetingId: string }, pdf: string | null = null): OutgoingFile {
  const state = meetingState(ctx, input.meetingId);
  const revision = currentRevision(ctx, input.meetingId);
  if (!revision || state === 'utkast') throw new ParagrafError('INVALID_INPUT', 'send the minutes for justering first');
  const meeting = ctx.db
    .prepare('SELECT m.id, m.title, m.date, b.name AS body FROM meetings m JOIN bodies b ON b.id = m.body_id WHERE m.id = ?')
    .get(input.meetingId) as { id: string; title: string; date: string; body: string };
  const file: ReviewFile = withChecksum({
    format: 'paragraf-review' as const,
    version: 1 as const,
    reviewId: globalThis.crypto.randomUUID(),
    createdAt: ctx.now().toISOString(),
    sender: actorName(ctx),
    organisation: getOrganisation(ctx).name,
    body: meeting.body,
    meeting: { id: meeting.id, title: meeting.title, date: meeting.date },
    revision: { number: revision.number, hash: revision.hash, firstParagraphNumber: revision.firstParagraphNumber, document: revision.document },
    pdf,
  });
  appendAudit(ctx, input.meetingId, actorName(ctx), 'review-file-exported', { reviewId: file.reviewId, revision: revision.number, hash: revision.hash });
  return {
    fileName: `${safeFileName(`Justering ${meeting.title} ${meeting.date} rev ${revision.number}`)}.paragraf`,
    content: JSON.stringify(file),
  };
}

/**
 * Opens a review file on the justerare's computer: checks it whole (checksum, the revision's
 * hash recomputed from its minutes, the minutes against the schema) before keeping it.
 * Opening the same file again shows the one already kept.
 */
export function openReviewFile(ctx: ServiceContext, input: { content: string }): ReceivedReview {
  const file = parseChecked(input.content, reviewFileSchema);
  const validation = validateDocument(file.revision.document);
  if (!validation.ok) throw new ParagrafError('INVALID_FILE', `the minutes are not valid: ${validation.reason}`);
  const hash = revisionHash({
    meetingId: file.meeting.id,
    revisionNumber: file.revision.number,
    firstParagraphNumber: file.revision.firstParagraphNumber,
    document: file.revision.document,
  });
  if (hash !== file.revision.hash) throw new ParagrafError('INVALID_FILE', 'the minutes do not match their revision hash');
  ctx.db
    .prepare('INSERT OR IGNORE INTO received_reviews (review_id, meeting_id, file, received_at) VALUES (?, ?, ?, ?)')
    .run(file.reviewId, file.meeting.id, input.content, ctx.now().toISOString());
  return getReceivedReview(ctx, { reviewId: file.reviewId });
}

function receivedRow(ctx: ServiceContext, reviewId: string) {
  const row = ctx.db.prepare('SELECT * FROM received_reviews WHERE review_id = ?').get(reviewId) as
    | { review_id: string; meeting_id: string; file: string; received_at: string; answered_at: string | null }
    | undefined;
  if (!row) throw new ParagrafError('NOT_FOUND', `no review ${reviewId}`);
  return { row, file: JSON.parse(row.file) as ReviewFile };
}

function commentsFor(ctx: ServiceContext, meetingId: string, revisionHashValue: string): ReviewComment[] {
  const rows = ctx.db
    .prepare('SELECT * FROM review_comments WHERE meeting_id = ? AND revision_hash = ? ORDER BY created_at')
    .all(meetingId, revisionHashValue) as ReviewCommentRow[];
  return rows.map(toReviewComment);
}

/** A review kept on this computer, with the comments written on it so far. */
export function getReceivedReview(ctx: ServiceContext, input: { reviewId: string }): ReceivedReview {
  const { row, file } = receivedRow(ctx, input.reviewId);
  return {
    reviewId: file.reviewId,
    sender: file.sender,
    organisation: file.organisation,
    body: file.body,
    meeting: file.meeting,
    revision: { number: file.revision.number, hash: file.revision.hash, firstParagraphNumber: file.revision.firstParagraphNumber },
    document: file.revision.document,
    hasPdf: file.pdf !== null,
    receivedAt: row.received_at,
    answeredAt: row.answered_at,
    comments: commentsFor(ctx, file.meeting.id, file.revision.hash),
  };
}

/** Reviews received on this computer, newest first. */
export function listReceivedReviews(ctx: ServiceContext): ReceivedReview[] {
  const rows = ctx.db.prepare('SELECT review_id FROM received_reviews ORDER BY received_at DESC').all() as { review_id: string }[];
  return rows.map((row) => getReceivedReview(ctx, { reviewId: row.review_id }));
}

/** A comment, or a suggested wording for a paragraph, on a § of a received review. */
export function commentOnReview(
  ctx: ServiceContext,
  input: { reviewId: string; itemId: string; text: string; original: string | null; suggestion: string | null },
): ReceivedReview {
  const { row, file } = receivedRow(ctx, input.reviewId);
  if (row.answered_at) throw new ParagrafError('READ_ONLY', 'the review has been answered');
  const items = (file.revision.document as MinutesDocument).content.filter((node) => node.type === 'agendaItem');
  if (!items.some((item) => item.attrs?.id === input.itemId)) throw new ParagrafError('NOT_FOUND', 'no such § in the minutes');
  ctx.db
    .prepare(
      `INSERT INTO review_comments (id, meeting_id, revision_hash, item_id, author, text, original, suggestion, status, created_at)
       VALUES (?, ?, ?, ?, ?, ?, ?, ?, 'open', ?)`,
    )
    .run(globalThis.crypto.randomUUID(), file.meeting.id, file.revision.hash, input.itemId, actorName(ctx), input.text, input.original, input.suggestion, ctx.now().toISOString());
  return getReceivedReview(ctx, input);
}

/** Removes one's own comment before answering. */
export function removeReviewComment(ctx: ServiceContext, input: { reviewId: string; commentId: string }): ReceivedReview {
  const { row, file } = receivedRow(ctx, input.reviewId);
  if (row.answered_at) throw new ParagrafError('READ_ONLY', 'the review has been answered');
  ctx.db.prepare('DELETE FROM review_comments WHERE id = ? AND meeting_id = ? AND revision_hash = ?').run(input.commentId, file.meeting.id, file.revision.hash);
  return getReceivedReview(ctx, input);
}

/**
 * The answer file: the comments and suggestions, and — with "Justera" — the approval of exactly
 * this revision's hash. `pdf` carries the PDF with this person's signature added.
 */
export function answerReview(
  ctx: ServiceContext,
  input: { reviewId: string; approve: boolean; role: ApproverRole },
  pdf: string | null = null,
): OutgoingFile {
  const { file } = receivedRow(ctx, input.reviewId);
  const name = getIdentity(ctx).name;
  if (!name) throw new ParagrafError('INVALID_INPUT', 'set your name under Organisation before answering');
  const comments = commentsFor(ctx, file.meeting.id, file.revision.hash).map((comment) => ({
    itemId: comment.itemId,
    text: comment.text,
    original: comment.original,
    suggestion: comment.suggestion,
  }));
  const approvedAt = ctx.now().toISOString();
  const answer: AnswerFile = withChecksum({
    format: 'paragraf-answer' as const,
    version: 1 as const,
    answerId: globalThis.crypto.randomUUID(),
    reviewId: file.reviewId,
    meetingId: file.meeting.id,
    revisionHash: file.revision.hash,
    createdAt: approvedAt,
    from: { name, role: input.role },
    comments,
    approval: input.approve ? { approvedAt } : null,
    pdf,
  });
  ctx.db.prepare('UPDATE received_reviews SET answered_at = ? WHERE review_id = ?').run(approvedAt, file.reviewId);
  return {
    fileName: `${safeFileName(`Svar ${file.meeting.title} ${file.meeting.date} ${name}`)}.paragraf`,
    content: JSON.stringify(answer),
  };
}

/**
 * Reads an answer file on the secretary's computer. A file that is altered, cut short, for a
 * meeting that is not here, for a revision that does not exist, or read before, changes nothing.
 * Comments land on their §; the approval counts only if it names the current revision.
 */
export function importAnswerFile(
  ctx: ServiceContext,
  input: { content: string },
  onPdf?: (meetingId: string, pdf: string, revisionHash: string) => void,
): AnswerImport {
  const answer = parseChecked(input.content, answerFileSchema);
  const meeting = ctx.db.prepare('SELECT id FROM meetings WHERE id = ?').get(answer.meetingId);
  if (!meeting) throw new ParagrafError('WRONG_MEETING', answer.meetingId);
  const seen = ctx.db.prepare('SELECT 1 FROM imported_answers WHERE answer_id = ?').get(answer.answerId);
  if (seen) throw new ParagrafError('ALREADY_IMPORTED', answer.answerId);
  if (!revisionByHash(ctx, answer.meetingId, answer.revisionHash)) {
    throw new ParagrafError('INVALID_FILE', 'the answer names a revision that does not exist');
  }
  let approval: AnswerImport['approval'] = 'none';
  ctx.db.transaction(() => {
    ctx.db.prepare('INSERT INTO imported_answers (answer_id, meeting_id, imported_at) VALUES (?, ?, ?)').run(answer.answerId, answer.meetingId, ctx.now().toISOString());
    const insert = ctx.db.prepare(
      `INSERT INTO review_comments (id, meeting_id, revision_hash, item_id, author, text, original, suggestion, status, created_at, answer_id)
       VALUES (?, ?, ?, ?, ?, ?, ?, ?, 'open', ?, ?)`,
    );
    for (const comment of answer.comments) {
      insert.run(globalThis.crypto.randomUUID(), answer.meetingId, answer.revisionHash, comment.itemId, answer.from.name, comment.text, comment.original, comment.suggestion, answer.createdAt, answer.answerId);
    }
    appendAudit(ctx, answer.meetingId, answer.from.name, 'answer-imported', {
      answerId: answer.answerId,
      reviewId: answer.reviewId,
      comments: answer.comments.length,
      approves: answer.approval !== null,
    });
    if (answer.approval) {
      approval = recordApproval(ctx, {
        meetingId: answer.meetingId,
        revisionHash: answer.revisionHash,
        personName: answer.from.name,
        role: answer.from.role,
        source: 'answer',
        answerId: answer.answerId,
        signed: answer.pdf !== null,
        approvedAt: answer.approval.approvedAt,
      });
    }
    if (answer.pdf && onPdf) onPdf(answer.meetingId, answer.pdf, answer.revisionHash);
  })();
  return {
    meetingId: answer.meetingId,
    from: answer.from.name,
    commentsAdded: answer.comments.length,
    approval,
    state: meetingState(ctx, answer.meetingId),
    signedPdf: false,
  };
}

/** "Exportera granskningsfil": the review file with the revision's PDF, signed here when asked. */
export async function exportReviewFileWithPdf(ctx: ServiceContext, input: { meetingId: string; signature?: SignWith }): Promise<OutgoingFile> {
  const pdf = await revisionPdfForReview(ctx, input.meetingId, input.signature);
  return exportReviewFile(ctx, { meetingId: input.meetingId }, pdf.toString('base64'));
}

/** The justerare's answer; with a certificate, their signature is added to the PDF that came with the review. */
export function answerReviewSigned(
  ctx: ServiceContext,
  input: { reviewId: string; approve: boolean; role: ApproverRole; signature?: SignWith },
): OutgoingFile {
  if (!input.signature) return answerReview(ctx, input);
  if (!input.approve) throw new ParagrafError('INVALID_INPUT', 'only an approval is signed');
  const { file } = receivedRow(ctx, input.reviewId);
  if (!file.pdf) throw new ParagrafError('INVALID_INPUT', 'the review file holds no PDF to sign');
  const signer = storedSigner(ctx, input.signature.certificateId, input.signature.password);
  const signed = addSignature(ctx, Buffer.from(file.pdf, 'base64'), signer, input.role);
  return answerReview(ctx, input, signed.toString('base64'));
}

/** "Läs in svarsfil": the answer, and the PDF it brings if its signatures hold. */
export function importAnswerWithPdf(ctx: ServiceContext, input: { content: string }): AnswerImport {
  let pdfKept = false;
  const result = importAnswerFile(ctx, input, (meetingId, pdf, revisionHashValue) => {
    pdfKept = acceptAnsweredPdf(ctx, meetingId, revisionHashValue, Buffer.from(pdf, 'base64'));
  });
  return { ...result, signedPdf: pdfKept };
}
