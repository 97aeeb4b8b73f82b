import { Node } from '@tiptap/core';
import { z } from 'zod';
import { nodeIdSchema, personRefSchema, zodAttribute, type PersonRef } from './attributeSchemas';
import { entryIdAttribute, jsonFromAttribute } from './entryBase';

/** Builds a statement some members make about a decision: who, against which decision, and their text. */
function createStatementNode(name: 'reservation' | 'protocolNote', domType: string) {
  return Node.create({
    name,
    group: 'entry',
    content: 'inline*',
    marks: 'bold italic',
    defining: true,

    addAttributes() {
      return {
        ...entryIdAttribute(),
        persons: { default: [], validate: zodAttribute(z.array(personRefSchema).max(50)) },
        decisionId: { default: null, validate: zodAttribute(nodeIdSchema.nullable()) },
      };
    },

    parseHTML() {
      return [
        {
          tag: `div[data-type="${domType}"]`,
          getAttrs: (element) => ({
            id: element.getAttribute('data-id'),
            persons: jsonFromAttribute(element, 'data-persons', []),
            decisionId: element.getAttribute('data-decision-id'),
          }),
        },
      ];
    },

    renderHTML({ node }) {
      const persons = node.attrs.persons as PersonRef[];
      return [
        'div',
        {
          'data-type': domType,
          class: domType,
          'data-id': node.attrs.id,
          'data-persons': JSON.stringify(persons),
          'data-who': persons.map((person) => person.name).join(', '),
          'data-decision-id': node.attrs.decisionId,
        },
        0,
      ];
    },
  });
}

/** A reservation against a decision (the members do not stand behind it), with its motivation. */
export const Reservation = createStatementNode('reservation', 'reservation');

/** A protokollsanteckning: a statement a member asks to have recorded in the minutes. */
export const ProtocolNote = createStatementNode('protocolNote', 'protocol-note');
