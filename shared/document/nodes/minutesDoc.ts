import { Node } from '@tiptap/core';

/** The top node: header, attendance, the agenda items in order, and the next meeting. */
export const MinutesDoc = Node.create({
  name: 'doc',
  topNode: true,
  content: 'meetingHeader attendance? agendaItem+ nextMeeting?',
});
