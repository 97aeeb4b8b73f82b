import type { ResolvedPos } from '@tiptap/pm/model';
import { NodeSelection, Selection, type EditorState, type Transaction } from '@tiptap/pm/state';

/** The depth of the agenda item around a position, or null outside the items. */
export function agendaItemDepth($pos: ResolvedPos): number | null {
  for (let depth = $pos.depth; depth > 0; depth -= 1) {
    if ($pos.node(depth).type.name === 'agendaItem') return depth;
  }
  return null;
}

/** Where a new entry goes: after the block of the § that holds the cursor (or the selected entry). */
export function entryInsertPos(state: EditorState): number | null {
  const { selection } = state;
  if (selection instanceof NodeSelection && selection.$from.parent.type.name === 'agendaItem') return selection.to;
  const $from = selection.$from;
  const depth = agendaItemDepth($from);
  if (depth === null) return null;
  return $from.depth > depth ? $from.after(depth + 1) : $from.end(depth);
}

/**
 * Removes the empty paragraph holding the cursor when it is a block of a § and not its only one,
 * and puts the cursor at the end of what came before — so a slash command typed on a line of its
 * own puts its entry where that line was, leaving no empty line behind.
 */
export function removeEmptyParagraphAtCursor(tr: Transaction): Transaction {
  const { $from, empty } = tr.selection;
  const parent = $from.parent;
  if (!empty || parent.type.name !== 'paragraph' || parent.content.size > 0 || $from.depth < 2) return tr;
  if ($from.node(-1).type.name !== 'agendaItem') return tr;
  const before = $from.before();
  tr.delete(before, $from.after());
  return tr.setSelection(Selection.near(tr.doc.resolve(before), -1));
}
