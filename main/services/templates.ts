import { ParagrafError } from '../../shared/contract/errors';
import type { MeetingKind, Template } from '../../shared/contract/models';
import type { AgendaItemSeed } from '../../shared/document/buildMinutes';
import type { ServiceContext } from './context';

interface TemplateRow {
  id: string;
  name: string;
  kind: MeetingKind;
  builtin: number;
  items: string;
}

/** A template with its agenda items as seeds for a new meeting. */
export interface TemplateWithItems extends Template {
  items: AgendaItemSeed[];
}

function toTemplate(row: TemplateRow): TemplateWithItems {
  const items = JSON.parse(row.items) as AgendaItemSeed[];
  return {
    id: row.id,
    name: row.name,
    kind: row.kind,
    builtin: row.builtin === 1,
    items,
    itemTitles: items.map((item) => item.title),
  };
}

/** Every template, built-in first. */
export function listTemplates(ctx: ServiceContext): Template[] {
  const rows = ctx.db
    .prepare('SELECT id, name, kind, builtin, items FROM templates ORDER BY builtin DESC, name COLLATE NOCASE')
    .all() as TemplateRow[];
  return rows.map((row) => {
    const { items: _items, ...template } = toTemplate(row);
    return template;
  });
}

/** One template with its items, or NOT_FOUND. */
export function getTemplate(ctx: ServiceContext, id: string): TemplateWithItems {
  const row = ctx.db.prepare('SELECT id, name, kind, builtin, items FROM templates WHERE id = ?').get(id) as
    | TemplateRow
    | undefined;
  if (!row) throw new ParagrafError('NOT_FOUND', `no template ${id}`);
  return toTemplate(row);
}
