import { Node } from '@tiptap/core';
import { oneOfAttribute } from './attributeRules';
import { entryIdAttribute } from './entryBase';

/** Bordläggning (put off to a later meeting) and återremiss (sent back for more preparation). */
export const deferralKinds = ['bordläggning', 'återremiss'] as const;

/** A decision not to decide now: bordläggning or återremiss, with its reason as text. */
export const Deferral = Node.create({
  name: 'deferral',
  group: 'entry',
  content: 'inline*',
  marks: 'bold italic',
  defining: true,

  addAttributes() {
    return {
      ...entryIdAttribute(),
      kind: { default: 'bordläggning', validate: oneOfAttribute(deferralKinds) },
    };
  },

  parseHTML() {
    return [
      {
        tag: 'div[data-type="deferral"]',
        getAttrs: (element) => ({ id: element.getAttribute('data-id'), kind: element.getAttribute('data-kind') ?? 'bordläggning' }),
      },
    ];
  },

  renderHTML({ node }) {
    return ['div', { 'data-type': 'deferral', class: 'deferral', 'data-id': node.attrs.id, 'data-kind': node.attrs.kind }, 0];
  },
});
