import { ParagrafError } from '../../shared/contract/errors';
import type { SavedMinutes } from '../../shared/contract/models';
import { Fragment, type Node as PmNode } from '@tiptap/pm/model';
import { partKey } from '../../shared/document/partKey';
import { getMinutesSchema } from '../../shared/document/schema';
import type { MeetingHeaderAttrs, MinutesDocument } from '../../shared/document/types';
import { validateDocument, validateNode } from '../../shared/document/validateDocument';
import type { ServiceContext } from './context';

/**
 * Stores a new version of a meeting's minutes. The document is checked against the schema
 * first; a save that names an older version than the stored one is refused (REVISION_CONFLICT),
 * so two windows can never silently overwrite each other.
 *
 * A save by parts (the editor's autosave) checks and serialises only the parts it sends: the kept
 * ones are the stored version's, already checked, taken from what this process last saved while
 * the row still holds that version. So an autosave of a 200-§ meeting keeps the process busy for
 * a few milliseconds rather than re-reading and re-checking the whole meeting twice a second.
 */
export function saveMinutes(
  ctx: ServiceContext,
  input: { meetingId: string; baseVersion: number; document?: unknown; parts?: ({ keep: string } | { json: string })[] },
): SavedMinutes {
  const state = ctx.db.prepare('SELECT state FROM meetings WHERE id = ?').get(input.meetingId) as { state: string } | undefined;
  if (state && state.state !== 'utkast') {
    throw new ParagrafError('READ_ONLY', 'the minutes are frozen for justering; a change takes a new revision');
  }
  const next = input.parts === undefined ? wholeDocument(input.document) : assembleParts(ctx, input.meetingId, input.baseVersion, input.parts);
  const header = next.doc.firstChild?.attrs as MeetingHeaderAttrs;
  const json = `{"type":"doc","content":[${next.children.map((child) => child.json).join(',')}]}`;
  const savedAt = ctx.now().toISOString();
  const version = input.baseVersion + 1;
  let itemCount = 0;
  next.doc.forEach((child) => (itemCount += child.type.name === 'agendaItem' ? 1 : 0));
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
      .run(savedAt, itemCount, header.title.trim(), header.title.trim(), header.date, header.date, input.meetingId);
  })();
  rememberSaved(ctx, input.meetingId, { version, updatedAt: savedAt, ...next });
  return { version, savedAt };
}

/** A checked top-level node of the minutes and its JSON text as stored. */
interface CheckedPart {
  node: PmNode;
  json: string;
}

/** Checked minutes: the document node and its top-level parts. */
interface CheckedMinutes {
  doc: PmNode;
  children: CheckedPart[];
}

/** What this process last stored for a meeting, valid while the row still has its version and time. */
interface LastSaved extends CheckedMinutes {
  version: number;
  updatedAt: string;
}

/** Meetings whose last saved minutes are kept (the ones being typed in; a few MB each at most). */
const lastSavedLimit = 4;
const lastSavedByDatabase = new WeakMap<ServiceContext['db'], Map<string, LastSaved>>();

function rememberSaved(ctx: ServiceContext, meetingId: string, saved: LastSaved): void {
  let byMeeting = lastSavedByDatabase.get(ctx.db);
  if (!byMeeting) lastSavedByDatabase.set(ctx.db, (byMeeting = new Map()));
  byMeeting.delete(meetingId);
  byMeeting.set(meetingId, saved);
  while (byMeeting.size > lastSavedLimit) byMeeting.delete(byMeeting.keys().next().value as string);
}

/** Checks a whole document as sent or stored; INVALID_DOCUMENT if it is not valid minutes. */
function wholeDocument(document: unknown): CheckedMinutes {
  const validation = validateDocument(document);
  if (!validation.ok) throw new ParagrafError('INVALID_DOCUMENT', validation.reason);
  const content = (document as MinutesDocument).content;
  const children: CheckedPart[] = [];
  validation.node.forEach((node, _offset, index) => children.push({ node, json: JSON.stringify(content[index]) }));
  return { doc: validation.node, children };
}

function conflictOrMissing(ctx: ServiceContext, meetingId: string): ParagrafError {
  const row = ctx.db.prepare('SELECT version FROM minutes WHERE meeting_id = ?').get(meetingId) as
    | { version: number }
    | undefined;
  if (!row) return new ParagrafError('NOT_FOUND', `no minutes for meeting ${meetingId}`);
  return new ParagrafError('REVISION_CONFLICT', `minutes are at version ${row.version}`);
}

/**
 * Builds the full minutes from a save by parts: kept nodes come from the stored version the save
 * names, the rest from the JSON sent, each checked against the schema, and the § order against
 * the document's content rule. A save against another version is a conflict.
 */
function assembleParts(
  ctx: ServiceContext,
  meetingId: string,
  baseVersion: number,
  parts: ({ keep: string } | { json: string })[],
): CheckedMinutes {
  const stored = ctx.db.prepare('SELECT version, updated_at AS updatedAt FROM minutes WHERE meeting_id = ?').get(meetingId) as
    | { version: number; updatedAt: string }
    | undefined;
  if (!stored) throw new ParagrafError('NOT_FOUND', `no minutes for meeting ${meetingId}`);
  if (stored.version !== baseVersion) throw new ParagrafError('REVISION_CONFLICT', `minutes are at version ${stored.version}`);
  const base = new Map(storedMinutes(ctx, meetingId, stored).children.map((part) => [partKey(part.node), part]));
  const children = parts.map((part): CheckedPart => {
    if ('json' in part) {
      const json = parseJson(part.json);
      const validation = validateNode(json);
      if (!validation.ok) throw new ParagrafError('INVALID_DOCUMENT', validation.reason);
      return { node: validation.node, json: JSON.stringify(json) };
    }
    const kept = base.get(part.keep);
    if (!kept) throw new ParagrafError('INVALID_DOCUMENT', `no stored part ${part.keep}`);
    return kept;
  });
  try {
    return { doc: getMinutesSchema().topNodeType.createChecked(null, Fragment.from(children.map((child) => child.node))), children };
  } catch (error) {
    throw new ParagrafError('INVALID_DOCUMENT', error instanceof Error ? error.message : String(error));
  }
}

/** The stored minutes as checked parts: what this process last saved if the row is still that, else read and checked. */
function storedMinutes(ctx: ServiceContext, meetingId: string, stored: { version: number; updatedAt: string }): CheckedMinutes {
  const last = lastSavedByDatabase.get(ctx.db)?.get(meetingId);
  if (last && last.version === stored.version && last.updatedAt === stored.updatedAt) return last;
  const row = ctx.db.prepare('SELECT document FROM minutes WHERE meeting_id = ?').get(meetingId) as { document: string };
  const checked = wholeDocument(JSON.parse(row.document) as unknown);
  rememberSaved(ctx, meetingId, { ...stored, ...checked });
  return checked;
}

function parseJson(text: string): unknown {
  try {
    return JSON.parse(text) as unknown;
  } catch {
    throw new ParagrafError('INVALID_DOCUMENT', 'the document is not JSON');
  }
}

