import { ParagrafError } from '../../shared/contract/errors';
import type { Membership, MemberRole, Person } from '../../shared/contract/models';
import { getBody } from './bodies';
import type { ServiceContext } from './context';
import { getOrganisation } from './organisation';

interface PersonRow {
  id: string;
  name: string;
  email: string;
}

interface MembershipRow {
  id: string;
  body_id: string;
  person_id: string;
  person_name: string;
  role: MemberRole;
  party: string;
}

const selectMembership = `
  SELECT m.id, m.body_id, m.person_id, p.name AS person_name, m.role, m.party
  FROM memberships m JOIN people p ON p.id = m.person_id`;

const roleOrder = `CASE m.role WHEN 'ordförande' THEN 0 WHEN 'vice ordförande' THEN 1 WHEN 'sekreterare' THEN 2
  WHEN 'kassör' THEN 3 WHEN 'ledamot' THEN 4 WHEN 'ersättare' THEN 5 WHEN 'adjungerad' THEN 6 ELSE 7 END`;

function toMembership(row: MembershipRow): Membership {
  return { id: row.id, bodyId: row.body_id, personId: row.person_id, personName: row.person_name, role: row.role, party: row.party };
}

/** Everyone in the register, by name. */
export function listPeople(ctx: ServiceContext): Person[] {
  return ctx.db.prepare('SELECT id, name, email FROM people ORDER BY name COLLATE NOCASE, created_at').all() as PersonRow[];
}

/** One person, or NOT_FOUND. */
export function getPerson(ctx: ServiceContext, id: string): Person {
  const row = ctx.db.prepare('SELECT id, name, email FROM people WHERE id = ?').get(id) as PersonRow | undefined;
  if (!row) throw new ParagrafError('NOT_FOUND', `no person ${id}`);
  return row;
}

/** Adds a person. A second person with the same name is a different person with a different id. */
export function createPerson(ctx: ServiceContext, input: { name: string; email: string }): Person {
  const id = globalThis.crypto.randomUUID();
  ctx.db
    .prepare('INSERT INTO people (id, organisation_id, name, email, created_at) VALUES (?, ?, ?, ?, ?)')
    .run(id, getOrganisation(ctx).id, input.name, input.email, ctx.now().toISOString());
  return getPerson(ctx, id);
}

/** Changes a person's name or e-mail. */
export function updatePerson(ctx: ServiceContext, input: { id: string; name: string; email: string }): Person {
  getPerson(ctx, input.id);
  ctx.db.prepare('UPDATE people SET name = ?, email = ? WHERE id = ?').run(input.name, input.email, input.id);
  return getPerson(ctx, input.id);
}

/** A body's members and others with a role in it, chair first. */
export function listMembers(ctx: ServiceContext, input: { bodyId: string }): Membership[] {
  getBody(ctx, input.bodyId);
  const rows = ctx.db
    .prepare(`${selectMembership} WHERE m.body_id = ? ORDER BY ${roleOrder}, p.name COLLATE NOCASE`)
    .all(input.bodyId) as MembershipRow[];
  return rows.map(toMembership);
}

function getMembership(ctx: ServiceContext, id: string): Membership {
  const row = ctx.db.prepare(`${selectMembership} WHERE m.id = ?`).get(id) as MembershipRow | undefined;
  if (!row) throw new ParagrafError('NOT_FOUND', `no membership ${id}`);
  return toMembership(row);
}

/** Gives a person a role in a body (with party, for municipal bodies). */
export function addMembership(
  ctx: ServiceContext,
  input: { bodyId: string; personId: string; role: MemberRole; party: string },
): Membership {
  getBody(ctx, input.bodyId);
  getPerson(ctx, input.personId);
  const id = globalThis.crypto.randomUUID();
  const result = ctx.db
    .prepare(
      `INSERT INTO memberships (id, body_id, person_id, role, party, created_at) VALUES (?, ?, ?, ?, ?, ?)
       ON CONFLICT (body_id, person_id, role) DO NOTHING`,
    )
    .run(id, input.bodyId, input.personId, input.role, input.party, ctx.now().toISOString());
  if (result.changes === 0) throw new ParagrafError('INVALID_INPUT', 'the person already has that role in the body');
  return getMembership(ctx, id);
}

/** Changes the role or party of a membership. */
export function updateMembership(ctx: ServiceContext, input: { id: string; role: MemberRole; party: string }): Membership {
  getMembership(ctx, input.id);
  ctx.db.prepare('UPDATE memberships SET role = ?, party = ? WHERE id = ?').run(input.role, input.party, input.id);
  return getMembership(ctx, input.id);
}

/** Ends a membership; minutes already written keep the names they printed. */
export function removeMembership(ctx: ServiceContext, input: { id: string }): { removed: true } {
  getMembership(ctx, input.id);
  ctx.db.prepare('DELETE FROM memberships WHERE id = ?').run(input.id);
  return { removed: true };
}
