import { ParagrafError } from '../../shared/contract/errors';
import type { MeetingKind, Template, TemplateDetail } from '../../shared/contract/models';
import type { AgendaItemSeed } from '../../shared/document/buildMinutes';
import type { DocNodeJson } from '../../shared/document/types';
import type { ServiceContext } from './context';

interface TemplateRow {
  id: string;
  name: string;
  kind: MeetingKind;
  builtin: number;
  items: string;
}

const selectTemplate = 'SELECT id, name, kind, builtin, items FROM templates';

function toTemplate(row: TemplateRow): TemplateDetail {
  const items = JSON.parse(row.items) as AgendaItemSeed[];
  return { id: row.id, name: row.name, kind: row.kind, builtin: row.builtin === 1, items, itemTitles: items.map((item) => item.title) };
}

function summary(template: TemplateDetail): Template {
  const { items: _items, ...rest } = template;
  return rest;
}

/** Every template, built-in first. */
export function listTemplates(ctx: ServiceContext): Template[] {
  const rows = ctx.db.prepare(`${selectTemplate} ORDER BY builtin DESC, created_at, rowid`).all() as TemplateRow[];
  return rows.map((row) => summary(toTemplate(row)));
}

/** One template with its items, or NOT_FOUND. */
export function getTemplate(ctx: ServiceContext, input: { id: string }): TemplateDetail {
  const row = ctx.db.prepare(`${selectTemplate} WHERE id = ?`).get(input.id) as TemplateRow | undefined;
  if (!row) throw new ParagrafError('NOT_FOUND', `no template ${input.id}`);
  return toTemplate(row);
}

/** "Spara som mall": the meeting's agenda (titles and what was prepared) becomes a template. */
export function saveTemplateFromMeeting(ctx: ServiceContext, input: { meetingId: string; name: string }): Template {
  const row = ctx.db
    .prepare('SELECT m.kind, n.document FROM meetings m JOIN minutes n ON n.meeting_id = m.id WHERE m.id = ?')
    .get(input.meetingId) as { kind: MeetingKind; document: string } | undefined;
  if (!row) throw new ParagrafError('NOT_FOUND', `no meeting ${input.meetingId}`);
  const document = JSON.parse(row.document) as { content: DocNodeJson[] };
  const items = document.content.filter((node) => node.type === 'agendaItem').map(seedFromItem);
  const id = globalThis.crypto.randomUUID();
  ctx.db
    .prepare('INSERT INTO templates (id, name, kind, builtin, items, created_at) VALUES (?, ?, ?, 0, ?, ?)')
    .run(id, input.name, row.kind, JSON.stringify(items), ctx.now().toISOString());
  return summary(getTemplate(ctx, { id }));
}

function seedFromItem(item: DocNodeJson): AgendaItemSeed {
  const title = (item.content?.[0]?.content ?? []).map((text) => text.text ?? '').join('');
  const attrs = item.attrs ?? {};
  const seed: AgendaItemSeed = { title };
  for (const key of ['presenter', 'basis', 'proposal'] as const) {
    const value = attrs[key];
    if (typeof value === 'string' && value !== '') seed[key] = value;
  }
  return seed;
}

/** Edits a template's name and agenda; built-in templates are editable too. */
export function updateTemplate(ctx: ServiceContext, input: { id: string; name: string; items: AgendaItemSeed[] }): Template {
  getTemplate(ctx, { id: input.id });
  ctx.db.prepare('UPDATE templates SET name = ?, items = ? WHERE id = ?').run(input.name, JSON.stringify(input.items), input.id);
  return summary(getTemplate(ctx, { id: input.id }));
}

/** Removes a template the user made; the built-in ones stay (edit them instead). */
export function deleteTemplate(ctx: ServiceContext, input: { id: string }): { removed: true } {
  const template = getTemplate(ctx, { id: input.id });
  if (template.builtin) throw new ParagrafError('READ_ONLY', 'built-in templates cannot be removed');
  ctx.db.prepare('DELETE FROM templates WHERE id = ?').run(input.id);
  return { removed: true };
}
