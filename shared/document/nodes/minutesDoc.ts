import { Node } from '@tiptap/core';

/** The top node: a header, then the agenda items. Later nodes extend this expression. */
export const MinutesDoc = Node.create({
  name: 'doc',
  topNode: true,
  content: 'meetingHeader agendaItem+',
});
