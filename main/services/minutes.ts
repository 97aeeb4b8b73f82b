import { ParagrafError } from '../../shared/contract/errors';
import type { SavedMinutes } from '../../shared/contract/models';
import type { DocNodeJson, MeetingHeaderAttrs, MinutesDocument } from '../../shared/document/types';
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
  input: { meetingId: string; baseVersion: number; document?: unknown; parts?: ({ keep: string } | { json: string })[] },
): SavedMinutes {
  const state = ctx.db.prepare('SELECT state FROM meetings WHERE id = ?').get(input.meetingId) as { state: string } | undefined;
  if (state && state.state !== 'utkast') {
    throw new ParagrafError('READ_ONLY', 'the minutes are frozen for justering; a change takes a new revision');
  }
  const document = input.parts === undefined ? input.document : assembleParts(ctx, input.meetingId, input.baseVersion, input.parts);
  const validation = validateDocument(document);
  if (!validation.ok) throw new ParagrafError('INVALID_DOCUMENT', validation.reason);
  const header = validation.node.firstChild?.attrs as MeetingHeaderAttrs;
  const json = JSON.stringify(document);
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

/** The key a top-level node is known by in a save by parts: a §'s id, else its node type. */
function partKey(node: { type: string; attrs?: Record<string, unknown> }): string {
  return node.type === 'agendaItem' ? `agendaItem:${String(node.attrs?.id ?? '')}` : node.type;
}

/**
 * Builds the full minutes from a save by parts: kept nodes come from the stored version the save
 * names, the rest from the JSON sent. A save against another version is a conflict.
 */
function assembleParts(
  ctx: ServiceContext,
  meetingId: string,
  baseVersion: number,
  parts: ({ keep: string } | { json: string })[],
): MinutesDocument {
  const stored = ctx.db.prepare('SELECT version, document FROM minutes WHERE meeting_id = ?').get(meetingId) as
    | { version: number; document: string }
    | undefined;
  if (!stored) throw new ParagrafError('NOT_FOUND', `no minutes for meeting ${meetingId}`);
  if (stored.version !== baseVersion) throw new ParagrafError('REVISION_CONFLICT', `minutes are at version ${stored.version}`);
  const base = new Map((JSON.parse(stored.document) as MinutesDocument).content.map((node) => [partKey(node), node]));
  const content = parts.map((part): DocNodeJson => {
    if ('json' in part) return parseJson(part.json) as DocNodeJson;
    const kept = base.get(part.keep);
    if (!kept) throw new ParagrafError('INVALID_DOCUMENT', `no stored part ${part.keep}`);
    return kept;
  });
  return { type: 'doc', content };
}

function parseJson(text: string): unknown {
  try {
    return JSON.parse(text) as unknown;
  } catch {
    throw new ParagrafError('INVALID_DOCUMENT', 'the document is not JSON');
  }
}

