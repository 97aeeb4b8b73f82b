import type { MinutesNodeName } from '../../../shared/document/extensions';
import type { DocNodeJson } from '../../../shared/document/types';
import type { MappingContext } from './mappingContext';
import { mapAgendaItem } from './nodes/agendaItem';
import { mapAgendaTitle } from './nodes/agendaTitle';
import { mapAssignment } from './nodes/assignment';
import { mapAttachment } from './nodes/attachment';
import { mapAttClause } from './nodes/attClause';
import { mapAttendance } from './nodes/attendance';
import { mapDecision } from './nodes/decision';
import { mapDeferral } from './nodes/deferral';
import { mapDoc } from './nodes/doc';
import { mapList, mapListItem } from './nodes/lists';
import { mapMeetingHeader } from './nodes/meetingHeader';
import { mapNextMeeting } from './nodes/nextMeeting';
import { mapParagraph } from './nodes/paragraph';
import { mapProtocolNote, mapReservation } from './nodes/statement';
import { mapVote } from './nodes/vote';
import type { Block } from './types';

/** Maps one node (and what it holds) to the blocks both exports draw. */
export type NodeMapping = (node: DocNodeJson, ctx: MappingContext) => Block[];

/** The block nodes of the schema that StarterKit brings beside the minutes' own nodes. */
export type TextNodeName = 'paragraph' | 'bulletList' | 'orderedList' | 'listItem';

/**
 * Every block node of the schema, by name, to its mapping. The type requires each node of
 * `minutesNodes`; a test also checks every node of the built schema, inline ones included.
 */
export const nodeMappings: Record<MinutesNodeName | TextNodeName, NodeMapping> = {
  doc: mapDoc,
  meetingHeader: mapMeetingHeader,
  attendance: mapAttendance,
  agendaItem: mapAgendaItem,
  agendaTitle: mapAgendaTitle,
  decision: mapDecision,
  attClause: mapAttClause,
  assignment: mapAssignment,
  vote: mapVote,
  reservation: mapReservation,
  protocolNote: mapProtocolNote,
  deferral: mapDeferral,
  attachment: mapAttachment,
  nextMeeting: mapNextMeeting,
  paragraph: mapParagraph,
  bulletList: mapList,
  orderedList: mapList,
  listItem: mapListItem,
};

/** Whether a node type has a block mapping. */
export function hasNodeMapping(name: string): name is keyof typeof nodeMappings {
  return Object.prototype.hasOwnProperty.call(nodeMappings, name);
}
