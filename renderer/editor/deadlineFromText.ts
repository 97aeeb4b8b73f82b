import { Extension } from '@tiptap/core';
import type { Node as PmNode } from '@tiptap/pm/model';
import { Plugin, PluginKey, type EditorState, type Transaction } from '@tiptap/pm/state';
import { Mapping } from '@tiptap/pm/transform';
import { meetingContext } from './context/meetingContext';
import { readDate } from './dates/readDate';

/** The word that leads a deadline, with the spaces around it. */
const deadlineWord = /\s*\bsenast\s+/giu;

/** The start of the uppdrag the selection is in (doc > § > uppdrag), or null. */
function assignmentAt(state: EditorState): number | null {
  const { $from } = state.selection;
  if ($from.depth < 2 || $from.node(2).type.name !== 'assignment') return null;
  return $from.before(2);
}

/**
 * The deadline typed at the end of an uppdrag's text ("… senast 31/1", "senast den 31 januari
 * 2027."), and where that tail starts: only in the text's last run of plain text, and only a whole
 * date that exists ("senast i mars" is left as typed).
 */
export function trailingDeadlineOf(assignment: PmNode, now: Date): { date: string; from: number } | null {
  const last = assignment.lastChild;
  if (!last?.isText || !last.text) return null;
  // The last "senast" in the text: "senast i mars lämna … senast 31/1" reads the second.
  const word = [...last.text.matchAll(deadlineWord)].at(-1);
  if (!word) return null;
  const typed = last.text.slice(word.index + word[0].length).replace(/^den\s+/iu, '').replace(/\.?\s*$/u, '');
  const read = readDate(typed, now, 'future');
  // A time ("senast 31/1 kl 12") has no place in the deadline field: the text keeps it.
  if (!read.ok || read.time !== '') return null;
  return { date: read.date, from: assignment.content.size - last.nodeSize + word.index };
}

/**
 * "X får i uppdrag att ta fram en offert senast 31/1": when the caret leaves an uppdrag whose
 * deadline is empty and whose text ends in "senast" and a date, that date becomes the deadline
 * (shown in its field, "31 januari 2027") and the words leave the text, as if it had been typed in
 * the field. Part of the same undo step as the move that left the uppdrag.
 */
export const DeadlineFromText = Extension.create({
  name: 'deadlineFromText',

  addProseMirrorPlugins() {
    const editor = this.editor;
    return [
      new Plugin({
        key: new PluginKey('deadlineFromText'),
        appendTransaction(transactions: readonly Transaction[], oldState, newState) {
          const left = assignmentAt(oldState);
          if (left === null || !editor.isEditable) return null;
          if (!transactions.some((tr) => tr.selectionSet || tr.docChanged)) return null;
          const mapping = new Mapping();
          for (const tr of transactions) mapping.appendMapping(tr.mapping);
          const mapped = mapping.mapResult(left, 1);
          if (mapped.deleted || assignmentAt(newState) === mapped.pos) return null;
          const assignment = newState.doc.nodeAt(mapped.pos);
          if (assignment?.type.name !== 'assignment' || assignment.attrs.deadline !== '') return null;
          const deadline = trailingDeadlineOf(assignment, meetingContext(editor).now());
          if (!deadline) return null;
          const textStart = mapped.pos + 1;
          return newState.tr
            .delete(textStart + deadline.from, textStart + assignment.content.size)
            .setNodeAttribute(mapped.pos, 'deadline', deadline.date);
        },
      }),
    ];
  },
});
