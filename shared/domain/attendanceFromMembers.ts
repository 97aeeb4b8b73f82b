import type { Membership } from '../contract/models';
import { newAttendee, type Attendee, type RoleAssignment } from '../document/nodes/attendance';
import { isDecidingRole, type MemberRole } from './kinds';

function groupOf(role: MemberRole): Attendee['group'] {
  if (isDecidingRole(role)) return 'member';
  if (role === 'ersättare') return 'substitute';
  return 'other';
}

/** One attendance row for a register membership: members start as present, to be ticked off. */
export function attendeeFromMembership(membership: Membership, key: string): Attendee {
  return newAttendee({
    key,
    personId: membership.personId,
    name: membership.personName,
    role: membership.role,
    party: membership.party,
    group: groupOf(membership.role),
  });
}

/** The attendance list of a new meeting, and its chair and secretary, from the body's register. */
export function attendanceFromMembers(
  members: Membership[],
  newKey: () => string,
): { attendees: Attendee[]; roles: RoleAssignment[] } {
  const attendees = members.map((membership) => attendeeFromMembership(membership, newKey()));
  const roles: RoleAssignment[] = [];
  const chair = members.find((membership) => membership.role === 'ordförande');
  const secretary = members.find((membership) => membership.role === 'sekreterare');
  if (chair) roles.push({ key: newKey(), role: 'mötesordförande', personId: chair.personId, name: chair.personName, from: null, to: null });
  if (secretary) {
    roles.push({ key: newKey(), role: 'sekreterare', personId: secretary.personId, name: secretary.personName, from: null, to: null });
  }
  return { attendees, roles };
}
