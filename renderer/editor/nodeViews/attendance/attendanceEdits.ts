import type { Membership } from '../../../../shared/contract/models';
import { newAttendee, type Attendee, type RoleAssignment } from '../../../../shared/document/nodes/attendance';
import type { PersonRef } from '../../../../shared/document/nodes/attributeSchemas';
import { attendeeFromMembership } from '../../../../shared/domain/attendanceFromMembers';
import { newNodeId } from '../../../../shared/document/nodes/uniqueIds';

/** Changes one row of the attendance list; the others stay the same objects. */
export function changeAttendee(attendees: Attendee[], key: string, change: Partial<Attendee>): Attendee[] {
  return attendees.map((attendee) => (attendee.key === key ? { ...attendee, ...change } : attendee));
}

/** Jävig on an item, or no longer. */
export function toggleDisqualified(attendees: Attendee[], key: string, itemId: string): Attendee[] {
  return attendees.map((attendee) => {
    if (attendee.key !== key) return attendee;
    const has = attendee.disqualified.includes(itemId);
    return { ...attendee, disqualified: has ? attendee.disqualified.filter((id) => id !== itemId) : [...attendee.disqualified, itemId] };
  });
}

/** Takes a row off the list; an ersättare who served for that row serves for no one any more. */
export function removeAttendee(attendees: Attendee[], key: string): Attendee[] {
  return attendees
    .filter((attendee) => attendee.key !== key)
    .map((attendee) => (attendee.servingFor === key ? { ...attendee, servingFor: null } : attendee));
}

/** Adds a person to a group of the list, present from the start; a body member keeps their role and party. */
export function addAttendee(
  attendees: Attendee[],
  person: PersonRef,
  group: Attendee['group'],
  membership: Membership | undefined,
  defaultRole: string,
): Attendee[] {
  const row = newAttendee({
    key: newNodeId(),
    personId: person.personId,
    name: person.name,
    role: membership?.role ?? defaultRole,
    party: membership?.party ?? '',
    group,
  });
  return [...attendees, row];
}

/** Adds the body's members that are not on the list yet, in the body's order. */
export function addMissingMembers(attendees: Attendee[], members: Membership[]): Attendee[] {
  const listed = new Set(attendees.map((attendee) => attendee.personId).filter((id) => id !== null));
  const missing = members.filter((member) => !listed.has(member.personId));
  return [...attendees, ...missing.map((member) => attendeeFromMembership(member, newNodeId()))];
}

/** The body's members that are not on the list. */
export function missingMembers(attendees: Attendee[], members: Membership[]): Membership[] {
  const listed = new Set(attendees.map((attendee) => attendee.personId));
  return members.filter((member) => !listed.has(member.personId));
}

/** Changes one role row. */
export function changeRole(roles: RoleAssignment[], key: string, change: Partial<RoleAssignment>): RoleAssignment[] {
  return roles.map((role) => (role.key === key ? { ...role, ...change } : role));
}

/** Adds a role for the whole meeting, to be given a person. */
export function addRole(roles: RoleAssignment[], role: RoleAssignment['role']): RoleAssignment[] {
  return [...roles, { key: newNodeId(), role, personId: null, name: '', from: null, to: null }];
}

/** Takes a role row off. */
export function removeRole(roles: RoleAssignment[], key: string): RoleAssignment[] {
  return roles.filter((role) => role.key !== key);
}
