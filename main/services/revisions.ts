import { createHash } from 'node:crypto';
import { ParagrafError } from '../../shared/contract/errors';
import type { Approval, ApproverRole, ItemChange, JusteringStatus, MeetingState, ReviewComment, Revision } from '../../shared/contract/justering';
import { agendaItemTexts } from '../../shared/document/documentText';
import type { RoleAssignment } from '../../shared/document/nodes/attendance';
import type { MinutesDocument } from '../../shared/document/types';
import { isLate, meetingDeadlines } from '../../shared/domain/deadlines';
import { todayIso } from '../../shared/domain/dates';
import { revisionCanonicalText } from '../../shared/domain/revisionHash';
import { appendAudit } from './audit';
import type { ServiceContext } from './context';
import { actorName } from './identity';
import { firstParagraphNumber } from './numbering';

interface RevisionRow {
  id: string;
  number: number;
  hash: string;
  reason: string;
  created_by: string;
  created_at: string;
  first_paragraph_number: number;
  document: string;
}

interface MeetingStateRow {
  state: MeetingState;
  pending_revision_reason: string | null;
  adjusted_on: string | null;
  posted_on: string | null;
  date: string;
  kind: string;
  body_kind: string;
}

/** A row of review_comments as stored. */
export interface ReviewCommentRow {
  id: string;
  item_id: string;
  revision_hash: string;
  author: string;
  text: string;
  original: string | null;
  suggestion: string | null;
  status: ReviewComment['status'];
  created_at: string;
}

/** A stored comment as the contract gives it. */
export function toReviewComment(row: ReviewCommentRow): ReviewComment {
  return {
    id: row.id,
    itemId: row.item_id,
    revisionHash: row.revision_hash,
    author: row.author,
    text: row.text,
    original: row.original,
    suggestion: row.suggestion,
    status: row.status,
    createdAt: row.created_at,
  };
}

/** The SHA-256 hash that names a revision: over its canonical form, the same on every computer. */
export function revisionHash(content: { meetingId: string; revisionNumber: number; firstParagraphNumber: number; document: unknown }): string {
  return createHash('sha256').update(revisionCanonicalText(content), 'utf8').digest('hex');
}

function toRevision(row: RevisionRow): Revision {
  return {
    id: row.id,
    number: row.number,
    hash: row.hash,
    reason: row.reason,
    createdBy: row.created_by,
    createdAt: row.created_at,
    firstParagraphNumber: row.first_paragraph_number,
  };
}

function meetingStateRow(ctx: ServiceContext, meetingId: string): MeetingStateRow {
  const row = ctx.db
    .prepare(
      `SELECT m.state, m.pending_revision_reason, m.adjusted_on, m.posted_on, m.date, m.kind, b.kind AS body_kind
       FROM meetings m JOIN bodies b ON b.id = m.body_id WHERE m.id = ?`,
    )
    .get(meetingId) as MeetingStateRow | undefined;
  if (!row) throw new ParagrafError('NOT_FOUND', `no meeting ${meetingId}`);
  return row;
}

/** The state of a meeting's minutes. */
export function meetingState(ctx: ServiceContext, meetingId: string): MeetingState {
  return meetingStateRow(ctx, meetingId).state;
}

function revisionRows(ctx: ServiceContext, meetingId: string): RevisionRow[] {
  return ctx.db.prepare('SELECT * FROM revisions WHERE meeting_id = ? ORDER BY number').all(meetingId) as RevisionRow[];
}

/** The newest frozen revision, or null before the first "Skicka för justering". */
export function currentRevision(ctx: ServiceContext, meetingId: string): (Revision & { document: MinutesDocument }) | null {
  const row = ctx.db.prepare('SELECT * FROM revisions WHERE meeting_id = ? ORDER BY number DESC LIMIT 1').get(meetingId) as
    | RevisionRow
    | undefined;
  return row ? { ...toRevision(row), document: JSON.parse(row.document) as MinutesDocument } : null;
}

/** One revision by hash, or null. */
export function revisionByHash(ctx: ServiceContext, meetingId: string, hash: string): RevisionRow | null {
  return (ctx.db.prepare('SELECT * FROM revisions WHERE meeting_id = ? AND hash = ?').get(meetingId, hash) as RevisionRow | undefined) ?? null;
}

/**
 * "Skicka för justering": freezes the minutes as a revision named by its hash. § numbers freeze
 * with it. From now on the minutes are read-only; a change takes "Ny revision".
 */
export function sendForReview(ctx: ServiceContext, input: { meetingId: string }): JusteringStatus {
  const meeting = meetingStateRow(ctx, input.meetingId);
  if (meeting.state !== 'utkast') throw new ParagrafError('READ_ONLY', 'the minutes are already frozen for justering');
  const stored = ctx.db.prepare('SELECT document FROM minutes WHERE meeting_id = ?').get(input.meetingId) as { document: string };
  freezeRevision(ctx, input.meetingId, JSON.parse(stored.document) as MinutesDocument, meeting.pending_revision_reason ?? 'Första revisionen');
  return justeringStatus(ctx, input);
}

/** Stores a new frozen revision of the given minutes and puts the meeting in "Till justering". */
export function freezeRevision(ctx: ServiceContext, meetingId: string, document: MinutesDocument, reason: string): Revision {
  const first = firstParagraphNumber(ctx, meetingId);
  const number = revisionRows(ctx, meetingId).length + 1;
  const hash = revisionHash({ meetingId, revisionNumber: number, firstParagraphNumber: first, document });
  const id = globalThis.crypto.randomUUID();
  const actor = actorName(ctx);
  const stamp = ctx.now().toISOString();
  ctx.db.transaction(() => {
    ctx.db
      .prepare(
        `INSERT INTO revisions (id, meeting_id, number, hash, first_paragraph_number, document, reason, created_by, created_at)
         VALUES (?, ?, ?, ?, ?, ?, ?, ?, ?)`,
      )
      .run(id, meetingId, number, hash, first, JSON.stringify(document), reason, actor, stamp);
    ctx.db
      .prepare("UPDATE meetings SET state = 'till_justering', pending_revision_reason = NULL, adjusted_on = NULL, posted_on = NULL WHERE id = ?")
      .run(meetingId);
    appendAudit(ctx, meetingId, actor, 'revision-frozen', { number, hash, reason });
  })();
  return toRevision(ctx.db.prepare('SELECT * FROM revisions WHERE id = ?').get(id) as RevisionRow);
}

/**
 * "Ny revision": opens frozen or approved minutes for a change, with a reason. Every approval of
 * the revision before it stops counting; the next "Skicka för justering" freezes the new one.
 */
export function startNewRevision(ctx: ServiceContext, input: { meetingId: string; reason: string }): JusteringStatus {
  const meeting = meetingStateRow(ctx, input.meetingId);
  if (meeting.state === 'utkast') throw new ParagrafError('INVALID_INPUT', 'the minutes are already a draft');
  const current = currentRevision(ctx, input.meetingId);
  const voided = current
    ? (ctx.db.prepare('SELECT count(*) AS n FROM approvals WHERE revision_id = ?').get(current.id) as { n: number }).n
    : 0;
  ctx.db.transaction(() => {
    ctx.db
      .prepare("UPDATE meetings SET state = 'utkast', pending_revision_reason = ?, adjusted_on = NULL, posted_on = NULL WHERE id = ?")
      .run(input.reason, input.meetingId);
    appendAudit(ctx, input.meetingId, actorName(ctx), 'new-revision-started', {
      reason: input.reason,
      after: current?.number ?? null,
      voidedApprovals: voided,
    });
  })();
  return justeringStatus(ctx, input);
}

/** Who must approve a revision: its justerare and its mötesordförande, from the attendance roles. */
export function requiredApprovers(document: MinutesDocument): { role: ApproverRole; name: string }[] {
  const attendance = document.content.find((node) => node.type === 'attendance');
  const roles = ((attendance?.attrs?.roles as RoleAssignment[] | undefined) ?? []).filter((role) => role.name.trim() !== '');
  const required: { role: ApproverRole; name: string }[] = [];
  const add = (role: ApproverRole, name: string) => {
    if (!required.some((entry) => entry.role === role && sameName(entry.name, name))) required.push({ role, name });
  };
  for (const role of roles) if (role.role === 'mötesordförande') add('ordförande', role.name.trim());
  for (const role of roles) if (role.role === 'justerare') add('justerare', role.name.trim());
  if (!required.some((entry) => entry.role === 'ordförande')) required.unshift({ role: 'ordförande', name: '' });
  if (!required.some((entry) => entry.role === 'justerare')) required.push({ role: 'justerare', name: '' });
  return required;
}

function sameName(a: string, b: string): boolean {
  return a.trim().localeCompare(b.trim(), 'sv', { sensitivity: 'accent' }) === 0;
}

function approvalsOf(ctx: ServiceContext, meetingId: string, currentId: string | null): Approval[] {
  const rows = ctx.db
    .prepare(
      `SELECT a.id, r.number, a.revision_hash, a.person_name, a.role, a.approved_at, a.source, a.signed, a.revision_id
       FROM approvals a JOIN revisions r ON r.id = a.revision_id WHERE a.meeting_id = ? ORDER BY a.approved_at`,
    )
    .all(meetingId) as {
    id: string;
    number: number;
    revision_hash: string;
    person_name: string;
    role: ApproverRole;
    approved_at: string;
    source: 'local' | 'answer';
    signed: number;
    revision_id: string;
  }[];
  return rows.map((row) => ({
    id: row.id,
    revisionNumber: row.number,
    revisionHash: row.revision_hash,
    personName: row.person_name,
    role: row.role,
    approvedAt: row.approved_at,
    source: row.source,
    signed: row.signed === 1,
    current: row.revision_id === currentId,
  }));
}

function coverage(required: { role: ApproverRole; name: string }[], approvals: Approval[]) {
  const current = approvals.filter((approval) => approval.current);
  return required.map((entry) => ({
    ...entry,
    approved: current.some((approval) => approval.role === entry.role && (entry.name === '' || sameName(approval.personName, entry.name))),
  }));
}

/**
 * Records an approval that names a revision's hash. An approval for a hash that is no revision
 * of this meeting is refused; one for an older revision is kept but does not count. When every
 * required person has approved the current revision, the minutes are justerade.
 */
export function recordApproval(
  ctx: ServiceContext,
  input: { meetingId: string; revisionHash: string; personName: string; role: ApproverRole; source: 'local' | 'answer'; answerId?: string; signed?: boolean; approvedAt?: string },
): 'recorded' | 'older-revision' {
  const revision = revisionByHash(ctx, input.meetingId, input.revisionHash);
  if (!revision) throw new ParagrafError('NOT_FOUND', 'no revision of this meeting has that hash');
  const current = currentRevision(ctx, input.meetingId);
  const state = meetingState(ctx, input.meetingId);
  const isCurrent = current?.id === revision.id && state !== 'utkast';
  ctx.db
    .prepare(
      `INSERT INTO approvals (id, meeting_id, revision_id, revision_hash, person_name, role, approved_at, source, answer_id, signed)
       VALUES (?, ?, ?, ?, ?, ?, ?, ?, ?, ?)`,
    )
    .run(
      globalThis.crypto.randomUUID(),
      input.meetingId,
      revision.id,
      revision.hash,
      input.personName,
      input.role,
      input.approvedAt ?? ctx.now().toISOString(),
      input.source,
      input.answerId ?? null,
      input.signed ? 1 : 0,
    );
  appendAudit(ctx, input.meetingId, input.source === 'local' ? actorName(ctx) : input.personName, 'approval-recorded', {
    by: input.personName,
    role: input.role,
    revision: revision.number,
    hash: revision.hash,
    counts: isCurrent,
    source: input.source,
  });
  if (isCurrent) settleState(ctx, input.meetingId);
  return isCurrent ? 'recorded' : 'older-revision';
}

/** "Justera" on this computer, for the current revision only. */
export function approveHere(ctx: ServiceContext, input: { meetingId: string; revisionHash: string; personName: string; role: ApproverRole }): JusteringStatus {
  const current = currentRevision(ctx, input.meetingId);
  const state = meetingState(ctx, input.meetingId);
  if (!current || state === 'utkast' || current.hash !== input.revisionHash) {
    throw new ParagrafError('REVISION_CONFLICT', 'only the current frozen revision can be approved here');
  }
  ctx.db.transaction(() => recordApproval(ctx, { ...input, source: 'local' }))();
  return justeringStatus(ctx, input);
}

function settleState(ctx: ServiceContext, meetingId: string): void {
  const current = currentRevision(ctx, meetingId);
  if (!current || meetingState(ctx, meetingId) !== 'till_justering') return;
  const required = coverage(requiredApprovers(current.document), approvalsOf(ctx, meetingId, current.id));
  if (!required.every((entry) => entry.approved)) return;
  ctx.db.prepare("UPDATE meetings SET state = 'justerat', adjusted_on = ? WHERE id = ?").run(todayIso(ctx.now()), meetingId);
  appendAudit(ctx, meetingId, 'Paragraf', 'adjusted', { revision: current.number, hash: current.hash });
}

/** For a nämnd: the anslag is posted on the official notice board on a date. */
export function postNotice(ctx: ServiceContext, input: { meetingId: string; postedOn: string }): JusteringStatus {
  const meeting = meetingStateRow(ctx, input.meetingId);
  if (meeting.state !== 'justerat') throw new ParagrafError('INVALID_INPUT', 'only justerade minutes can be posted');
  if (meeting.adjusted_on && input.postedOn < meeting.adjusted_on) throw new ParagrafError('INVALID_INPUT', 'the anslag cannot be posted before justering');
  ctx.db.transaction(() => {
    ctx.db.prepare("UPDATE meetings SET state = 'anslaget', posted_on = ? WHERE id = ?").run(input.postedOn, input.meetingId);
    appendAudit(ctx, input.meetingId, actorName(ctx), 'notice-posted', { postedOn: input.postedOn });
  })();
  return justeringStatus(ctx, input);
}

/** Everything the justering panel shows. */
export function justeringStatus(ctx: ServiceContext, input: { meetingId: string }): JusteringStatus {
  const meeting = meetingStateRow(ctx, input.meetingId);
  const revisions = revisionRows(ctx, input.meetingId).map(toRevision);
  const current = currentRevision(ctx, input.meetingId);
  const approvals = approvalsOf(ctx, input.meetingId, meeting.state === 'utkast' ? null : (current?.id ?? null));
  const document = current?.document ?? (JSON.parse((ctx.db.prepare('SELECT document FROM minutes WHERE meeting_id = ?').get(input.meetingId) as { document: string }).document) as MinutesDocument);
  const header = document.content[0]?.attrs ?? {};
  const deadlines = meetingDeadlines({
    meetingDate: meeting.date,
    adjustmentDate: String(header.adjustmentDate ?? ''),
    municipal: meeting.body_kind === 'nämnd',
    adjustedOn: meeting.adjusted_on,
    postedOn: meeting.posted_on,
  });
  const today = todayIso(ctx.now());
  const late =
    ((meeting.state === 'utkast' || meeting.state === 'till_justering') && isLate(deadlines.adjustBy, today)) ||
    (meeting.state === 'justerat' && isLate(deadlines.postBy, today));
  const comments = (ctx.db.prepare('SELECT * FROM review_comments WHERE meeting_id = ? ORDER BY created_at').all(input.meetingId) as ReviewCommentRow[]).map(toReviewComment);
  return {
    meetingId: input.meetingId,
    state: meeting.state,
    current: current ? withoutDocument(current) : null,
    revisions,
    approvals,
    required: current && meeting.state !== 'utkast' ? coverage(requiredApprovers(current.document), approvals) : [],
    comments,
    pendingReason: meeting.pending_revision_reason,
    deadlines,
    adjustedOn: meeting.adjusted_on,
    postedOn: meeting.posted_on,
    late,
    pdfSignatures: current
      ? ((ctx.db.prepare('SELECT signatures FROM revision_pdfs WHERE revision_id = ?').get(current.id) as { signatures: number } | undefined)?.signatures ?? 0)
      : 0,
  };
}

function withoutDocument(revision: Revision & { document: MinutesDocument }): Revision {
  const { document: _document, ...rest } = revision;
  return rest;
}

/** What changed between two revisions, § by §, matched by item id so a moved § is one change. */
export function compareRevisions(ctx: ServiceContext, input: { meetingId: string; from: number; to: number }): ItemChange[] {
  const load = (number: number) => {
    const row = ctx.db.prepare('SELECT * FROM revisions WHERE meeting_id = ? AND number = ?').get(input.meetingId, number) as RevisionRow | undefined;
    if (!row) throw new ParagrafError('NOT_FOUND', `no revision ${number}`);
    return { first: row.first_paragraph_number, items: agendaItemTexts(JSON.parse(row.document) as MinutesDocument) };
  };
  const before = load(input.from);
  const after = load(input.to);
  const changes: ItemChange[] = after.items.map((item, index) => {
    const oldIndex = before.items.findIndex((candidate) => candidate.id === item.id);
    const old = before.items[oldIndex];
    const numberAfter = after.first + index;
    if (!old) return { itemId: item.id, status: 'added', numberBefore: null, numberAfter, titleBefore: '', titleAfter: item.title, textBefore: '', textAfter: item.text };
    const same = old.title === item.title && old.text === item.text;
    return {
      itemId: item.id,
      status: same ? 'unchanged' : 'changed',
      numberBefore: before.first + oldIndex,
      numberAfter,
      titleBefore: old.title,
      titleAfter: item.title,
      textBefore: old.text,
      textAfter: item.text,
    };
  });
  before.items.forEach((item, index) => {
    if (after.items.some((candidate) => candidate.id === item.id)) return;
    changes.push({ itemId: item.id, status: 'removed', numberBefore: before.first + index, numberAfter: null, titleBefore: item.title, titleAfter: '', textBefore: item.text, textAfter: '' });
  });
  return changes;
}
