import type { ServiceContext } from './context';

/** The name of the person using this Paragraf, for the audit trail and approvals. */
export function getIdentity(ctx: ServiceContext): { name: string } {
  const row = ctx.db.prepare('SELECT name FROM local_identity WHERE id = 1').get() as { name: string } | undefined;
  return { name: row?.name ?? '' };
}

/** Sets the user's name ("Ditt namn" in Settings). */
export function setIdentity(ctx: ServiceContext, input: { name: string }): { name: string } {
  ctx.db
    .prepare('INSERT INTO local_identity (id, name) VALUES (1, ?) ON CONFLICT (id) DO UPDATE SET name = excluded.name')
    .run(input.name);
  return { name: input.name };
}

/** Who the audit trail names for an action: the user's name, or "okänd användare" before one is set. */
export function actorName(ctx: ServiceContext): string {
  return getIdentity(ctx).name || 'okänd användare';
}
