import { Node } from '@tiptap/core';
import { optionalDateAttribute, optionalTimeAttribute, textAttribute } from './attributeRules';

/** When and where the body meets next; the last part of the minutes. */
export const NextMeeting = Node.create({
  name: 'nextMeeting',
  atom: true,
  selectable: false,
  draggable: false,

  addAttributes() {
    return {
      date: { default: '', validate: optionalDateAttribute },
      startTime: { default: '', validate: optionalTimeAttribute },
      endTime: { default: '', validate: optionalTimeAttribute },
      place: { default: '', validate: textAttribute(300) },
    };
  },

  parseHTML() {
    return [{ tag: 'div[data-type="next-meeting"]', getAttrs: () => false }];
  },

  renderHTML({ node }) {
    const { date, startTime, endTime, place } = node.attrs as Record<string, string>;
    return ['div', { 'data-type': 'next-meeting', class: 'next-meeting' }, [date, startTime, endTime, place].filter(Boolean).join(' ')];
  },
});
