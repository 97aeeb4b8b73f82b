import type { AnyExtension } from '@tiptap/core';
import StarterKit from '@tiptap/starter-kit';
import { AgendaItem } from './nodes/agendaItem';
import { Assignment } from './nodes/assignment';
import { Attachment } from './nodes/attachment';
import { Attendance } from './nodes/attendance';
import { Deferral } from './nodes/deferral';
import { NextMeeting } from './nodes/nextMeeting';
import { ProtocolNote, Reservation } from './nodes/statement';
import { Vote } from './nodes/vote';
import { AgendaTitle } from './nodes/agendaTitle';
import { AttClause } from './nodes/attClause';
import { Decision } from './nodes/decision';
import { MeetingHeader } from './nodes/meetingHeader';
import { MinutesDoc } from './nodes/minutesDoc';
import { UniqueIds } from './nodes/uniqueIds';

/** The structured nodes of the minutes, by name: the renderer adds views, export adds mappings. */
export const minutesNodes = {
  doc: MinutesDoc,
  meetingHeader: MeetingHeader,
  attendance: Attendance,
  agendaItem: AgendaItem,
  agendaTitle: AgendaTitle,
  decision: Decision,
  attClause: AttClause,
  assignment: Assignment,
  vote: Vote,
  reservation: Reservation,
  protocolNote: ProtocolNote,
  deferral: Deferral,
  attachment: Attachment,
  nextMeeting: NextMeeting,
} as const;

/** Names of the structured nodes. */
export type MinutesNodeName = keyof typeof minutesNodes;

/**
 * The one list of extensions that defines the minutes schema, shared by the editor and by
 * main (headless validation and export). Only plain text formatting comes from StarterKit.
 */
export function createDocumentExtensions(overrides: Partial<Record<MinutesNodeName, AnyExtension>> = {}): AnyExtension[] {
  const nodes = Object.entries(minutesNodes).map(
    ([name, extension]) => overrides[name as MinutesNodeName] ?? extension,
  );
  return [
    StarterKit.configure({
      document: false,
      heading: false,
      codeBlock: false,
      code: false,
      blockquote: false,
      horizontalRule: false,
      strike: false,
      underline: false,
      link: false,
      trailingNode: false,
    }),
    ...nodes,
    UniqueIds,
  ];
}
