import { ParagrafError } from '../../shared/contract/errors';
import type { MeetingKind, MeetingSummary, OpenedMeeting } from '../../shared/contract/models';
import type { MeetingState } from '../../shared/contract/justering';
import { attendanceFromMembers } from '../../shared/domain/attendanceFromMembers';
import { todayIso } from '../../shared/domain/dates';
import { isLate, meetingDeadlines } from '../../shared/domain/deadlines';
import { buildMinutes } from '../../shared/document/buildMinutes';
import { newNodeId } from '../../shared/document/nodes/uniqueIds';
import type { MinutesDocument } from '../../shared/document/types';
import { getBody } from './bodies';
import type { ServiceContext } from './context';
import { firstParagraphNumber } from './numbering';
import { listMembers } from './people';
import { getTemplate } from './templates';

interface MeetingRow {
  id: string;
  body_id: string;
  body_name: string;
  title: string;
  kind: MeetingKind;
  date: string;
  updated_at: string;
  state: MeetingState;
  body_kind: string;
  adjustment_date: string | null;
  adjusted_on: string | null;
  posted_on: string | null;
  removable: 0 | 1;
}

/** A draft never sent for justering: no revision was frozen, and nothing is in its audit trail. */
const removableSql = `(m.state = 'utkast'
    AND NOT EXISTS (SELECT 1 FROM revisions r WHERE r.meeting_id = m.id)
    AND NOT EXISTS (SELECT 1 FROM audit_log a WHERE a.meeting_id = m.id))`;

const selectMeeting = `
  SELECT m.id, m.body_id, b.name AS body_name, m.title, m.kind, m.date, m.updated_at, m.state, b.kind AS body_kind,
    m.adjusted_on, m.posted_on, ${removableSql} AS removable,
    (SELECT json_extract(n.document, '$.content[0].attrs.adjustmentDate') FROM minutes n WHERE n.meeting_id = m.id) AS adjustment_date
  FROM meetings m JOIN bodies b ON b.id = m.body_id`;

function toSummary(row: MeetingRow, today: string): MeetingSummary {
  const deadlines = meetingDeadlines({
    meetingDate: row.date,
    adjustmentDate: row.adjustment_date ?? '',
    municipal: row.body_kind === 'nämnd',
    adjustedOn: row.adjusted_on,
    postedOn: row.posted_on,
  });
  const deadline = nextDeadline(row.state, deadlines, row.kind);
  return {
    state: row.state,
    deadline,
    late: isLate(deadline, today),
    id: row.id,
    bodyId: row.body_id,
    bodyName: row.body_name,
    title: row.title,
    kind: row.kind,
    date: row.date,
    updatedAt: row.updated_at,
    removable: row.removable === 1,
  };
}

function getMeetingRow(ctx: ServiceContext, id: string): MeetingRow {
  const row = ctx.db.prepare(`${selectMeeting} WHERE m.id = ?`).get(id) as MeetingRow | undefined;
  if (!row) throw new ParagrafError('NOT_FOUND', `no meeting ${id}`);
  return row;
}

/** The deadline that applies in a state: justering until justerat, then (for a nämnd) the anslag. */
function nextDeadline(state: MeetingState, deadlines: { adjustBy: string; postBy: string | null }, kind: MeetingKind): string | null {
  if (kind !== 'protokoll') return null;
  if (state === 'utkast' || state === 'till_justering') return deadlines.adjustBy;
  if (state === 'justerat') return deadlines.postBy;
  return null;
}

/** Every meeting, newest first. */
export function listMeetings(ctx: ServiceContext): MeetingSummary[] {
  const rows = ctx.db.prepare(`${selectMeeting} ORDER BY m.date DESC, m.created_at DESC`).all() as MeetingRow[];
  return rows.map((row) => toSummary(row, todayIso(ctx.now())));
}

/** Creates a meeting from a template: its row and its first version of the minutes. */
export function createMeeting(
  ctx: ServiceContext,
  input: { templateId: string; bodyId: string; title: string; date: string },
): MeetingSummary {
  const template = getTemplate(ctx, { id: input.templateId });
  getBody(ctx, input.bodyId);
  const attendance = attendanceFromMembers(listMembers(ctx, { bodyId: input.bodyId }), newNodeId);
  const document = buildMinutes(
    { title: input.title, kind: template.kind, date: input.date, startTime: '', endTime: '', place: '' },
    template.items,
    { attendance: { type: 'attendance', attrs: attendance } },
  );
  return insertMeeting(ctx, { bodyId: input.bodyId, title: input.title, kind: template.kind, date: input.date }, document);
}

/** Stores a new meeting with the given minutes; used by templates, samples and imports alike. */
export function insertMeeting(
  ctx: ServiceContext,
  meeting: { bodyId: string; title: string; kind: MeetingKind; date: string },
  document: MinutesDocument,
): MeetingSummary {
  const id = globalThis.crypto.randomUUID();
  const stamp = ctx.now().toISOString();
  ctx.db.transaction(() => {
    ctx.db
      .prepare(
        `INSERT INTO meetings (id, body_id, title, kind, date, item_count, created_at, updated_at)
         VALUES (?, ?, ?, ?, ?, ?, ?, ?)`,
      )
      .run(id, meeting.bodyId, meeting.title, meeting.kind, meeting.date, countAgendaItems(document), stamp, stamp);
    ctx.db
      .prepare('INSERT INTO minutes (meeting_id, version, document, updated_at) VALUES (?, 1, ?, ?)')
      .run(id, JSON.stringify(document), stamp);
  })();
  return toSummary(getMeetingRow(ctx, id), todayIso(ctx.now()));
}

/** A meeting with its minutes and their version, for the editor. */
export function openMeeting(ctx: ServiceContext, input: { id: string }): OpenedMeeting {
  const row = getMeetingRow(ctx, input.id);
  const minutes = ctx.db.prepare('SELECT version, document FROM minutes WHERE meeting_id = ?').get(input.id) as
    | { version: number; document: string }
    | undefined;
  if (!minutes) throw new ParagrafError('NOT_FOUND', `no minutes for meeting ${input.id}`);
  return {
    meeting: toSummary(row, todayIso(ctx.now())),
    body: getBody(ctx, row.body_id),
    members: listMembers(ctx, { bodyId: row.body_id }),
    firstParagraphNumber: firstParagraphNumber(ctx, row.id),
    document: JSON.parse(minutes.document) as MinutesDocument,
    version: minutes.version,
  };
}

/**
 * Removes a meeting and its minutes, if it is a draft never sent for justering (a meeting made by
 * mistake, or a try-out). Later meetings of the body that year are numbered without its §.
 * Minutes that have been frozen as a revision are part of the record: refused, nothing removed.
 */
export function removeMeeting(ctx: ServiceContext, input: { id: string }): { removed: true } {
  ctx.db.transaction(() => {
    const row = ctx.db.prepare(`SELECT ${removableSql} AS removable FROM meetings m WHERE m.id = ?`).get(input.id) as
      | { removable: 0 | 1 }
      | undefined;
    if (!row) throw new ParagrafError('NOT_FOUND', `no meeting ${input.id}`);
    if (row.removable !== 1) throw new ParagrafError('READ_ONLY', 'minutes sent for justering are kept');
    // The minutes go with the meeting (ON DELETE CASCADE).
    ctx.db.prepare('DELETE FROM meetings WHERE id = ?').run(input.id);
  })();
  return { removed: true };
}

/** How many § a document has; kept on the meeting row so numbering needs no document reads. */
export function countAgendaItems(document: { content?: { type: string }[] }): number {
  return (document.content ?? []).filter((node) => node.type === 'agendaItem').length;
}
