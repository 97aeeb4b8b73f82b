import { Node } from '@tiptap/core';
import { optionalIdAttribute, textAttribute } from './attributeRules';

/** A decision: a lead ("Styrelsen beslutar") and one or more att-satser. */
export const Decision = Node.create({
  name: 'decision',
  group: 'entry',
  content: 'attClause+',
  defining: true,

  addAttributes() {
    return {
      id: { default: null, validate: optionalIdAttribute, keepOnSplit: false },
      lead: { default: 'Mötet beslutar', validate: textAttribute(120) },
    };
  },

  parseHTML() {
    return [
      {
        tag: 'div[data-type="decision"]',
        getAttrs: (element) => ({
          id: element.getAttribute('data-id'),
          lead: element.getAttribute('data-lead') ?? 'Mötet beslutar',
        }),
        // The att-satser are the list's items; read as a list of their own, they would leave the decision empty.
        contentElement: 'ol',
      },
    ];
  },

  renderHTML({ node }) {
    return [
      'div',
      { 'data-type': 'decision', 'data-id': node.attrs.id, 'data-lead': node.attrs.lead, class: 'decision' },
      ['ol', { class: 'att-clauses' }, 0],
    ];
  },
});
