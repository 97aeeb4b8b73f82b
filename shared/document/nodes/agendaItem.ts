import { Node } from '@tiptap/core';
import { optionalIdAttribute } from './attributeRules';

/**
 * A § of the minutes: its title, then its text and entries. The number is derived from
 * the item's position and the meeting's first number, so it is never stored.
 */
export const AgendaItem = Node.create({
  name: 'agendaItem',
  content: 'agendaTitle (block | entry)*',
  defining: true,
  isolating: true,

  addAttributes() {
    return {
      id: { default: null, validate: optionalIdAttribute, keepOnSplit: false },
    };
  },

  parseHTML() {
    return [
      {
        tag: 'section[data-type="agenda-item"]',
        getAttrs: (element) => ({ id: element.getAttribute('data-id') }),
      },
    ];
  },

  renderHTML({ node }) {
    return ['section', { 'data-type': 'agenda-item', 'data-id': node.attrs.id, class: 'agenda-item' }, 0];
  },
});
