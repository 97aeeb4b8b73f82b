import { ParagrafError } from '../../shared/contract/errors';
import type { Body, BodyKind } from '../../shared/contract/models';
import type { ServiceContext } from './context';

interface BodyRow {
  id: string;
  organisation_id: string;
  name: string;
  kind: BodyKind;
}

function toBody(row: BodyRow): Body {
  return { id: row.id, organisationId: row.organisation_id, name: row.name, kind: row.kind };
}

/** Every body of the organisation, by name. */
export function listBodies(ctx: ServiceContext): Body[] {
  const rows = ctx.db
    .prepare('SELECT id, organisation_id, name, kind FROM bodies ORDER BY name COLLATE NOCASE')
    .all() as BodyRow[];
  return rows.map(toBody);
}

/** One body, or NOT_FOUND. */
export function getBody(ctx: ServiceContext, id: string): Body {
  const row = ctx.db.prepare('SELECT id, organisation_id, name, kind FROM bodies WHERE id = ?').get(id) as
    | BodyRow
    | undefined;
  if (!row) throw new ParagrafError('NOT_FOUND', `no body ${id}`);
  return toBody(row);
}

/** Renames a body ("Styrelsen" → "Föreningsstyrelsen"). */
export function renameBody(ctx: ServiceContext, input: { id: string; name: string }): Body {
  const body = getBody(ctx, input.id);
  ctx.db.prepare('UPDATE bodies SET name = ? WHERE id = ?').run(input.name, body.id);
  return { ...body, name: input.name };
}
