import { Node } from '@tiptap/core';
import { booleanAttribute, optionalIdAttribute, textAttribute } from './attributeRules';

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
      /** Föredragande: who presents the item. */
      presenter: { default: '', validate: textAttribute(200) },
      /** Beslutsunderlag: the documents the decision rests on, one per line. */
      basis: { default: '', validate: textAttribute(4000) },
      /** Förslag till beslut, prepared before the meeting. */
      proposal: { default: '', validate: textAttribute(4000) },
      /** Diarienummer, for municipal bodies. */
      diaryNumber: { default: '', validate: textAttribute(60) },
      /** Omedelbar justering: the meeting declared this § justerad at once, so its extract can go out now. */
      immediateAdjustment: { default: false, validate: booleanAttribute },
    };
  },

  parseHTML() {
    return [
      {
        tag: 'section[data-type="agenda-item"]',
        getAttrs: (element) => ({
          id: element.getAttribute('data-id'),
          presenter: element.getAttribute('data-presenter') ?? '',
          basis: element.getAttribute('data-basis') ?? '',
          proposal: element.getAttribute('data-proposal') ?? '',
          diaryNumber: element.getAttribute('data-diary-number') ?? '',
          immediateAdjustment: element.getAttribute('data-immediate-adjustment') === 'true',
        }),
      },
    ];
  },

  renderHTML({ node }) {
    return [
      'section',
      {
        'data-type': 'agenda-item',
        class: 'agenda-item',
        'data-id': node.attrs.id,
        'data-presenter': node.attrs.presenter || null,
        'data-basis': node.attrs.basis || null,
        'data-proposal': node.attrs.proposal || null,
        'data-diary-number': node.attrs.diaryNumber || null,
        'data-immediate-adjustment': node.attrs.immediateAdjustment ? 'true' : null,
      },
      0,
    ];
  },
});
