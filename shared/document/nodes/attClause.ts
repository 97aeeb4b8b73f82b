import { Node } from '@tiptap/core';

/** One att-sats of a decision: the text after "att". */
export const AttClause = Node.create({
  name: 'attClause',
  content: 'inline*',
  defining: true,

  parseHTML() {
    return [{ tag: 'li[data-type="att-clause"]' }];
  },

  renderHTML() {
    return ['li', { 'data-type': 'att-clause', class: 'att-clause' }, 0];
  },
});
