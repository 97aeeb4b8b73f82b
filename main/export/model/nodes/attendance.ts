import type { Attendee, RoleAssignment } from '../../../../shared/document/nodes/attendance';
import { presenceText } from '../../../../shared/domain/attendance';
import type { DocNodeJson } from '../../../../shared/document/types';
import type { MappingContext } from '../mappingContext';
import { rangeOfRole } from '../paragraphRanges';
import type { Block, FieldRow, Line } from '../types';

/** One name as the first page prints it: "Anna Lindqvist (S), ordförande, § 4 – § 10". A kallelse, sent before the meeting, leaves out what happened at it. */
export function attendeeLine(attendee: Attendee, all: Attendee[], ctx: MappingContext, atMeeting = true): Line {
  const party = attendee.party.trim() ? ` (${attendee.party.trim()})` : '';
  const parts: string[] = [];
  if (atMeeting && attendee.group === 'substitute' && attendee.servingFor !== null) {
    const member = all.find((candidate) => candidate.key === attendee.servingFor);
    parts.push(member ? `tjänstgörande ersättare för ${member.name}` : 'tjänstgörande ersättare');
  } else if (attendee.role.trim() && !['ledamot', 'ersättare'].includes(attendee.role.trim())) {
    parts.push(attendee.role.trim());
  }
  const line: Line = [{ text: `${attendee.name}${party}` }];
  if (parts.length > 0) line.push({ text: `, ${parts.join(', ')}` });
  const presence = atMeeting ? presenceText(attendee, ctx.order) : '';
  if (presence) line.push({ text: `, ${presence}`, italic: true });
  return line;
}

function present(attendees: Attendee[]): Attendee[] {
  return attendees.filter((attendee) => attendee.status === 'present' && attendee.name.trim() !== '');
}

function roleLines(roles: RoleAssignment[], role: RoleAssignment['role'], ctx: MappingContext): Line[] {
  return roles
    .filter((assignment) => assignment.role === role && assignment.name.trim() !== '')
    .map((assignment) => {
      const range = rangeOfRole(assignment, ctx);
      return range.partial ? [{ text: assignment.name }, { text: `, ${range.text}`, italic: true }] : [{ text: assignment.name }];
    });
}

/** The attendance list as first-page rows: Beslutande, Ersättare, Övriga närvarande, Justerare. */
export function mapAttendance(node: DocNodeJson, ctx: MappingContext): Block[] {
  const attendees = (node.attrs?.attendees ?? []) as Attendee[];
  const roles = (node.attrs?.roles ?? []) as RoleAssignment[];
  const here = present(attendees);
  const deciding = here.filter((a) => a.group === 'member' || (a.group === 'substitute' && a.servingFor !== null));
  const substitutes = here.filter((a) => a.group === 'substitute' && a.servingFor === null);
  const others = here.filter((a) => a.group === 'other');
  const line = (attendee: Attendee) => attendeeLine(attendee, attendees, ctx);
  const rows: FieldRow[] = [];
  if (ctx.meeting.meetingKind === 'minnesanteckningar') {
    rows.push({ label: 'Närvarande', lines: [...deciding, ...substitutes].map(line) });
  } else {
    rows.push({ label: 'Beslutande', lines: deciding.map(line) });
    if (substitutes.length > 0) rows.push({ label: 'Ersättare', lines: substitutes.map(line) });
  }
  if (others.length > 0) rows.push({ label: 'Övriga närvarande', lines: others.map(line) });
  if (ctx.meeting.meetingKind === 'protokoll') rows.push({ label: 'Justerare', lines: roleLines(roles, 'justerare', ctx) });
  return [{ kind: 'fields', rows }];
}
