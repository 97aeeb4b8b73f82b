import { ParagrafError } from '../../shared/contract/errors';
import type { Body, BodyKind } from '../../shared/contract/models';
import type { QuorumRule } from '../../shared/domain/attendance';
import type { ServiceContext } from './context';
import { getOrganisation } from './organisation';

interface BodyRow {
  id: string;
  organisation_id: string;
  name: string;
  kind: BodyKind;
  quorum_rule: string;
}

const selectBody = 'SELECT id, organisation_id, name, kind, quorum_rule FROM bodies';

function toBody(row: BodyRow): Body {
  return {
    id: row.id,
    organisationId: row.organisation_id,
    name: row.name,
    kind: row.kind,
    quorumRule: JSON.parse(row.quorum_rule) as QuorumRule,
  };
}

/** Every body of the organisation, by name. */
export function listBodies(ctx: ServiceContext): Body[] {
  const rows = ctx.db.prepare(`${selectBody} ORDER BY name COLLATE NOCASE`).all() as BodyRow[];
  return rows.map(toBody);
}

/** One body, or NOT_FOUND. */
export function getBody(ctx: ServiceContext, id: string): Body {
  const row = ctx.db.prepare(`${selectBody} WHERE id = ?`).get(id) as BodyRow | undefined;
  if (!row) throw new ParagrafError('NOT_FOUND', `no body ${id}`);
  return toBody(row);
}

/** Renames a body ("Styrelsen" → "Föreningsstyrelsen"). */
export function renameBody(ctx: ServiceContext, input: { id: string; name: string }): Body {
  const body = getBody(ctx, input.id);
  ctx.db.prepare('UPDATE bodies SET name = ? WHERE id = ?').run(input.name, body.id);
  return { ...body, name: input.name };
}

/** Adds a body (a nämnd, an utskott, the årsmöte) to the organisation. */
export function createBody(ctx: ServiceContext, input: { name: string; kind: BodyKind }): Body {
  const organisation = getOrganisation(ctx);
  const id = globalThis.crypto.randomUUID();
  ctx.db
    .prepare('INSERT INTO bodies (id, organisation_id, name, kind, created_at) VALUES (?, ?, ?, ?, ?)')
    .run(id, organisation.id, input.name, input.kind, ctx.now().toISOString());
  return getBody(ctx, id);
}

/** Changes a body's name, kind and quorum rule. */
export function updateBody(
  ctx: ServiceContext,
  input: { id: string; name: string; kind: BodyKind; quorumRule: QuorumRule },
): Body {
  getBody(ctx, input.id);
  ctx.db
    .prepare('UPDATE bodies SET name = ?, kind = ?, quorum_rule = ? WHERE id = ?')
    .run(input.name, input.kind, JSON.stringify(input.quorumRule), input.id);
  return getBody(ctx, input.id);
}
