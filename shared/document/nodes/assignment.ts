import { Node } from '@tiptap/core';
import { z } from 'zod';
import { optionalDateSchema, personRefSchema, zodAttribute, type PersonRef } from './attributeSchemas';
import { entryIdAttribute, jsonFromAttribute } from './entryBase';

/** An assignment: who, what (the text), and by when — "X får i uppdrag att … senast 2027-03-31". */
export const Assignment = Node.create({
  name: 'assignment',
  group: 'entry',
  content: 'inline*',
  marks: 'bold italic',
  defining: true,

  addAttributes() {
    return {
      ...entryIdAttribute(),
      assignees: { default: [], validate: zodAttribute(z.array(personRefSchema).max(50)) },
      deadline: { default: '', validate: zodAttribute(optionalDateSchema) },
    };
  },

  parseHTML() {
    return [
      {
        tag: 'div[data-type="assignment"]',
        getAttrs: (element) => ({
          id: element.getAttribute('data-id'),
          assignees: jsonFromAttribute(element, 'data-assignees', []),
          deadline: element.getAttribute('data-deadline') ?? '',
        }),
      },
    ];
  },

  renderHTML({ node }) {
    const assignees = node.attrs.assignees as PersonRef[];
    return [
      'div',
      {
        'data-type': 'assignment',
        class: 'assignment',
        'data-id': node.attrs.id,
        'data-assignees': JSON.stringify(assignees),
        'data-who': assignees.map((person) => person.name).join(', '),
        'data-deadline': node.attrs.deadline,
      },
      0,
    ];
  },
});
