import type { PersonRef } from '../../../../shared/document/nodes/attributeSchemas';
import type { Translate } from '../../context/meetingContext';
import { element } from './element';

/**
 * Draws the people of an entry as chips, each with a button that takes them off; with none, a
 * hint that "@" adds someone. Namesakes stay apart because each chip is one stored reference.
 */
export function drawPersonChips(target: HTMLElement, persons: PersonRef[], t: Translate, remove: (index: number) => void): void {
  target.replaceChildren(
    ...persons.map((person, index) => {
      const button = element('button', {
        className: 'chip-remove',
        text: '×',
        attrs: { type: 'button', 'aria-label': t('people.remove', { name: person.name }) },
      });
      button.addEventListener('click', () => remove(index));
      const attrs: Record<string, string> = { 'data-person-id': person.personId ?? '' };
      if (person.personId === null) attrs.title = t('people.notInRegister');
      return element('span', { className: 'chip', attrs }, [element('span', { text: person.name }), button]);
    }),
  );
  if (persons.length === 0) target.append(element('span', { className: 'chip-hint', text: t('people.atHint') }));
}
