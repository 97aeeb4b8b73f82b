import { ParagrafError } from '../../shared/contract/errors';
import type { SavedMinutes } from '../../shared/contract/models';
import type { MeetingHeaderAttrs } from '../../shared/document/types';
import { validateDocument } from '../../shared/document/validateDocument';
import type { ServiceContext } from './context';
import { countAgendaItems } from './meetings';

/**
 * Stores a new version of a meeting's minutes. The document is checked against the schema
 * first; a save that names an older version than the stored one is refused (REVISION_CONFLICT),
 * so two windows can never silently overwrite each other.
 */
export function saveMinutes(
  ctx: ServiceContext,
  input: { meetingId: string; baseVersion: number; document?: unknown; documentJson?: string },
): SavedMinutes {
  const state = ctx.db.prepare('SELECT state FROM meetings WHERE id = ?').get(input.meetingId) as { state: string } | undefined;
  if (state && state.state !== 'utkast') {
    throw new ParagrafError('READ_ONLY', 'the minutes are frozen for justering; a change takes a new revision');
  }
  const document = input.documentJson === undefined ? input.document : parseJson(input.documentJson);
  const validation = validateDocument(document);
  if (!validation.ok) throw new ParagrafError('INVALID_DOCUMENT', validation.reason);
  const header = validation.node.firstChild?.attrs as MeetingHeaderAttrs;
  // Stored as received when it came as text: it parsed and passed the schema.
  const json = input.documentJson ?? JSON.stringify(document);
  const savedAt = ctx.now().toISOString();
  const version = input.baseVersion + 1;
  ctx.db.transaction(() => {
    const result = ctx.db
      .prepare('UPDATE minutes SET document = ?, version = ?, updated_at = ? WHERE meeting_id = ? AND version = ?')
      .run(json, version, savedAt, input.meetingId, input.baseVersion);
    if (result.changes === 0) throw conflictOrMissing(ctx, input.meetingId);
    ctx.db
      .prepare(
        `UPDATE meetings SET updated_at = ?, item_count = ?,
           title = CASE WHEN ? <> '' THEN ? ELSE title END,
           date = CASE WHEN ? <> '' THEN ? ELSE date END
         WHERE id = ?`,
      )
      .run(savedAt, countAgendaItems(document as { content?: { type: string }[] }), header.title.trim(), header.title.trim(), header.date, header.date, input.meetingId);
  })();
  return { version, savedAt };
}

function conflictOrMissing(ctx: ServiceContext, meetingId: string): ParagrafError {
  const row = ctx.db.prepare('SELECT version FROM minutes WHERE meeting_id = ?').get(meetingId) as
    | { version: number }
    | undefined;
  if (!row) return new ParagrafError('NOT_FOUND', `no minutes for meeting ${meetingId}`);
  return new ParagrafError('REVISION_CONFLICT', `minutes are at version ${row.version}`);
}

function parseJson(text: string): unknown {
  try {
    return JSON.parse(text) as unknown;
  } catch {
    throw new ParagrafError('INVALID_DOCUMENT', 'the document is not JSON');
  }
}

