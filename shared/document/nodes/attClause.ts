import { Node } from '@tiptap/core';

/** One att-sats of a decision: the text after "att". */
export const AttClause = Node.create({
  name: 'attClause',
  content: 'inline*',
  defining: true,

  parseHTML() {
    // Ahead of the list item's plain "li" rule, which would otherwise take it.
    return [{ tag: 'li[data-type="att-clause"]', priority: 60 }];
  },

  renderHTML() {
    return ['li', { 'data-type': 'att-clause', class: 'att-clause' }, 0];
  },
});
