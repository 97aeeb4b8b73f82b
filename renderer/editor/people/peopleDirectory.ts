import type { Membership, Person } from '../../../shared/contract/models';
import type { Attendee } from '../../../shared/document/nodes/attendance';
import type { PersonRef } from '../../../shared/document/nodes/attributeSchemas';

/** Where a person in the directory comes from: the meeting's attendance, the body, or the register. */
export type DirectorySource = 'attendee' | 'member' | 'register';

/** One person that completion can offer, with what tells them apart from a namesake. */
export interface DirectoryEntry {
  key: string;
  ref: PersonRef;
  detail: string;
  source: DirectorySource;
}

/** The words that tell namesakes apart when role and e-mail do not: a short register id, or none. */
export interface DisambiguationLabels {
  shortId: (id: string) => string;
  notInRegister: string;
}

function roleDetail(role: string, party: string): string {
  return party ? `${role} (${party})` : role;
}

function normalName(name: string): string {
  return name.trim().toLocaleLowerCase('sv');
}

/**
 * Everyone completion can offer: the meeting's attendees first, then the body's members, then
 * the rest of the register. One person appears once (by register id); namesakes stay separate
 * entries and each gets a detail that differs from the others' (role, e-mail, or a short id).
 */
export function buildDirectory(
  input: { attendees: Attendee[]; members: Membership[]; register: Person[] },
  labels: DisambiguationLabels,
): DirectoryEntry[] {
  const entries: DirectoryEntry[] = [];
  const seenIds = new Set<string>();
  const emails = new Map(input.register.map((person) => [person.id, person.email]));
  for (const attendee of input.attendees) {
    if (attendee.personId !== null) seenIds.add(attendee.personId);
    entries.push({
      key: `attendee:${attendee.key}`,
      ref: { personId: attendee.personId, name: attendee.name },
      detail: roleDetail(attendee.role, attendee.party),
      source: 'attendee',
    });
  }
  for (const member of input.members) {
    if (seenIds.has(member.personId)) continue;
    seenIds.add(member.personId);
    entries.push({
      key: `member:${member.personId}`,
      ref: { personId: member.personId, name: member.personName },
      detail: roleDetail(member.role, member.party),
      source: 'member',
    });
  }
  for (const person of input.register) {
    if (seenIds.has(person.id)) continue;
    seenIds.add(person.id);
    entries.push({ key: `register:${person.id}`, ref: { personId: person.id, name: person.name }, detail: person.email, source: 'register' });
  }
  return disambiguate(entries, emails, labels);
}

function disambiguate(entries: DirectoryEntry[], emails: Map<string, string>, labels: DisambiguationLabels): DirectoryEntry[] {
  const byName = new Map<string, DirectoryEntry[]>();
  for (const entry of entries) {
    const name = normalName(entry.ref.name);
    byName.set(name, [...(byName.get(name) ?? []), entry]);
  }
  for (const namesakes of byName.values()) {
    if (namesakes.length < 2) continue;
    for (const entry of namesakes) {
      const email = entry.ref.personId ? emails.get(entry.ref.personId) : undefined;
      if (email && !entry.detail.includes(email)) entry.detail = entry.detail ? `${entry.detail}, ${email}` : email;
    }
    const counts = new Map<string, number>();
    for (const entry of namesakes) counts.set(entry.detail, (counts.get(entry.detail) ?? 0) + 1);
    for (const entry of namesakes) {
      if (entry.detail !== '' && (counts.get(entry.detail) ?? 0) < 2) continue;
      const id = entry.ref.personId ? labels.shortId(entry.ref.personId.slice(0, 6)) : labels.notInRegister;
      entry.detail = entry.detail ? `${entry.detail} · ${id}` : id;
    }
  }
  return entries;
}

/** The entries whose name words start with each word of the query, best first; at most `limit`. */
export function matchPeople(entries: DirectoryEntry[], query: string, limit = 8): DirectoryEntry[] {
  const words = normalName(query).split(/\s+/).filter(Boolean);
  const matches = entries.filter((entry) => {
    const nameWords = normalName(entry.ref.name).split(/[\s-]+/);
    return words.every((word) => nameWords.some((nameWord) => nameWord.startsWith(word)));
  });
  return matches.slice(0, limit);
}

/** Whether the query names someone exactly, so "Lägg till … i registret" is not needed. */
export function hasExactName(entries: DirectoryEntry[], query: string): boolean {
  const name = normalName(query);
  return entries.some((entry) => normalName(entry.ref.name) === name);
}
