import { Node } from '@tiptap/core';
import { z } from 'zod';
import { nodeIdSchema, zodAttribute } from './attributeSchemas';

/** Närvarande, frånvarande, anmält förhinder. */
export const attendanceStatuses = ['present', 'absent', 'excused'] as const;
/** Beslutande ledamot, ersättare, övriga närvarande (tjänstepersoner, adjungerade, åhörare). */
export const attendeeGroups = ['member', 'substitute', 'other'] as const;
/** Roles that can change during the meeting, each for a range of §. */
export const meetingRoles = ['mötesordförande', 'sekreterare', 'justerare', 'rösträknare'] as const;

/** One row of the attendance list. Item ids (not § numbers) mark ranges, so moving items never breaks them. */
export const attendeeSchema = z
  .object({
    key: nodeIdSchema,
    personId: nodeIdSchema.nullable(),
    name: z.string().max(200),
    role: z.string().max(60),
    party: z.string().max(30),
    group: z.enum(attendeeGroups),
    status: z.enum(attendanceStatuses),
    /** For an ersättare who tjänstgör: the key of the member row they serve for. */
    servingFor: nodeIdSchema.nullable(),
    /** Arrived at this item (null: from the start). */
    presentFrom: nodeIdSchema.nullable(),
    /** Left after this item (null: to the end). */
    presentTo: nodeIdSchema.nullable(),
    /** Away for a stretch in between ("ej § 35 – § 44"). */
    awayFrom: nodeIdSchema.nullable(),
    awayTo: nodeIdSchema.nullable(),
    /** Items on which the person is jävig and takes no part. */
    disqualified: z.array(nodeIdSchema).max(500),
  })
  .strict();
/** One row of the attendance list. */
export type Attendee = z.infer<typeof attendeeSchema>;

/** A new attendance row: present for the whole meeting, not serving for anyone, jävig nowhere. */
export function newAttendee(fields: Pick<Attendee, 'key' | 'name' | 'group'> & Partial<Attendee>): Attendee {
  return {
    personId: null,
    role: '',
    party: '',
    status: 'present',
    servingFor: null,
    presentFrom: null,
    presentTo: null,
    awayFrom: null,
    awayTo: null,
    disqualified: [],
    ...fields,
  };
}

/** Who held a role, for which items ("mötesordförande § 94 – § 106"). */
export const roleAssignmentSchema = z
  .object({
    key: nodeIdSchema,
    role: z.enum(meetingRoles),
    personId: nodeIdSchema.nullable(),
    name: z.string().max(200),
    from: nodeIdSchema.nullable(),
    to: nodeIdSchema.nullable(),
  })
  .strict();
/** A role held for a range of items. */
export type RoleAssignment = z.infer<typeof roleAssignmentSchema>;

/** The attendance list and the meeting's roles: data edited in a node view, never free text. */
export const Attendance = Node.create({
  name: 'attendance',
  atom: true,
  selectable: false,
  draggable: false,

  addAttributes() {
    return {
      attendees: { default: [], validate: zodAttribute(z.array(attendeeSchema).max(500)) },
      roles: { default: [], validate: zodAttribute(z.array(roleAssignmentSchema).max(100)) },
    };
  },

  parseHTML() {
    return [{ tag: 'div[data-type="attendance"]', getAttrs: () => false }];
  },

  renderHTML({ node }) {
    const attendees = node.attrs.attendees as Attendee[];
    return [
      'div',
      { 'data-type': 'attendance', class: 'attendance' },
      ['ul', {}, ...attendees.map((attendee) => ['li', {}, attendee.name])],
    ];
  },
});
