import { Node } from '@tiptap/core';
import { entryIdAttribute } from './entryBase';

/** A reference to an attachment ("Bilaga 1 Verksamhetsplan 2027"); its number is derived from its order. */
export const Attachment = Node.create({
  name: 'attachment',
  group: 'entry',
  content: 'text*',
  marks: '',
  defining: true,

  addAttributes() {
    return entryIdAttribute();
  },

  parseHTML() {
    return [{ tag: 'p[data-type="attachment"]', getAttrs: (element) => ({ id: element.getAttribute('data-id') }) }];
  },

  renderHTML({ node }) {
    return ['p', { 'data-type': 'attachment', class: 'attachment', 'data-id': node.attrs.id }, 0];
  },
});
