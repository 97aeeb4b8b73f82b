import { Node } from '@tiptap/core';

/** The title line of an agenda item; its § number is shown beside it, never typed in it. */
export const AgendaTitle = Node.create({
  name: 'agendaTitle',
  content: 'text*',
  marks: '',
  defining: true,

  parseHTML() {
    return [{ tag: 'h2[data-type="agenda-title"]' }];
  },

  renderHTML() {
    return ['h2', { 'data-type': 'agenda-title', class: 'agenda-title' }, 0];
  },
});
