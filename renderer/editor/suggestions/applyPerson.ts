import type { Editor } from '@tiptap/core';
import type { PersonRef } from '../../../shared/document/nodes/attributeSchemas';
import { samePerson } from '../nodeViews/vote/voteTally';

/** Entries that keep their people as data: "@" adds to these instead of writing the name. */
export const peopleAttributes: Record<string, 'assignees' | 'persons'> = {
  assignment: 'assignees',
  reservation: 'persons',
  protocolNote: 'persons',
};

/**
 * Puts a chosen person where "@…" was typed: in an entry that names people, the person joins
 * its list (with their register id) and the "@…" text goes; in running text the name is written.
 * Returns the id of the entry the person joined, if any.
 */
export function applyPerson(editor: Editor, range: { from: number; to: number }, person: PersonRef): string | null {
  const { state } = editor;
  const $from = state.doc.resolve(range.from);
  const entry = $from.parent;
  const attribute = peopleAttributes[entry.type.name];
  const tr = state.tr;
  if (!attribute) {
    tr.insertText(person.name, range.from, range.to);
    editor.view.dispatch(tr.scrollIntoView());
    return null;
  }
  const people = entry.attrs[attribute] as PersonRef[];
  tr.delete(range.from, range.to);
  if (!people.some((other) => samePerson(other, person) && other.personId === person.personId)) {
    tr.setNodeAttribute($from.before(), attribute, [...people, person]);
  }
  editor.view.dispatch(tr.scrollIntoView());
  return typeof entry.attrs.id === 'string' ? entry.attrs.id : null;
}

/** Gives a person that was named without a register id the id they got when added to the register. */
export function linkPersonId(editor: Editor, entryId: string, name: string, personId: string): void {
  const { state } = editor;
  let done = false;
  state.doc.descendants((node, pos) => {
    if (done) return false;
    if (node.attrs.id !== entryId) return !node.isTextblock;
    const attribute = peopleAttributes[node.type.name];
    if (!attribute) return false;
    const people = node.attrs[attribute] as PersonRef[];
    const next = people.map((person) => (person.personId === null && person.name === name ? { personId, name } : person));
    editor.view.dispatch(state.tr.setNodeAttribute(pos, attribute, next).setMeta('addToHistory', false));
    done = true;
    return false;
  });
}
