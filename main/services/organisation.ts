import { ParagrafError } from '../../shared/contract/errors';
import type { Organisation } from '../../shared/contract/models';
import type { ServiceContext } from './context';

interface OrganisationRow {
  id: string;
  name: string;
}

/** The organisation this installation keeps minutes for. */
export function getOrganisation(ctx: ServiceContext): Organisation {
  const row = ctx.db.prepare('SELECT id, name FROM organisation ORDER BY created_at LIMIT 1').get() as
    | OrganisationRow
    | undefined;
  if (!row) throw new ParagrafError('NOT_FOUND', 'no organisation');
  return { id: row.id, name: row.name };
}

/** Renames the organisation. */
export function renameOrganisation(ctx: ServiceContext, input: { name: string }): Organisation {
  const organisation = getOrganisation(ctx);
  ctx.db.prepare('UPDATE organisation SET name = ? WHERE id = ?').run(input.name, organisation.id);
  return { ...organisation, name: input.name };
}
