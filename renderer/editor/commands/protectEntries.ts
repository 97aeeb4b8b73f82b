import { NodeSelection, Selection, type EditorState, type Transaction } from '@tiptap/pm/state';

/** Entries whose text sits directly in them; a join at their edge would turn them into plain text. */
const textEntries = new Set(['assignment', 'reservation', 'protocolNote', 'deferral', 'attachment']);

/** The entry (or decision) a Backspace at the very start of the cursor's text block would dissolve, with its position. */
function entryAtStart(state: EditorState): { pos: number; empty: boolean } | null {
  const { $from, empty } = state.selection;
  if (!empty || $from.parentOffset !== 0) return null;
  const parent = $from.parent;
  if (textEntries.has(parent.type.name)) return { pos: $from.before(), empty: parent.content.size === 0 };
  const decision = $from.depth >= 2 ? $from.node(-1) : null;
  if (parent.type.name === 'attClause' && decision?.type.name === 'decision' && $from.index(-1) === 0) {
    return { pos: $from.before(-1), empty: decision.childCount === 1 && parent.content.size === 0 };
  }
  return null;
}

/**
 * Backspace at the start of an entry (uppdrag, reservation, beslut …) first selects the whole entry
 * instead of merging its text into the paragraph before, which would drop its people, deadline or
 * decision; a second Backspace then deletes it as one node, which one undo brings back whole.
 * An empty entry is simply removed.
 */
export function backspaceAtEntryStart(state: EditorState, dispatch: (tr: Transaction) => void): boolean {
  const entry = entryAtStart(state);
  if (!entry) return false;
  const node = state.doc.nodeAt(entry.pos)!;
  if (!entry.empty) {
    dispatch(state.tr.setSelection(NodeSelection.create(state.doc, entry.pos)).scrollIntoView());
    return true;
  }
  const tr = state.tr.delete(entry.pos, entry.pos + node.nodeSize);
  dispatch(tr.setSelection(Selection.near(tr.doc.resolve(Math.min(entry.pos, tr.doc.content.size)), -1)).scrollIntoView());
  return true;
}

/** Delete at the end of a text block just before an entry selects the entry rather than pulling its text up. */
export function deleteBeforeEntry(state: EditorState, dispatch: (tr: Transaction) => void): boolean {
  const { $from, empty } = state.selection;
  if (!empty || !$from.parent.isTextblock || $from.parentOffset !== $from.parent.content.size || $from.depth < 1) return false;
  const after = $from.after();
  const next = state.doc.nodeAt(after);
  if (!next || (!textEntries.has(next.type.name) && next.type.name !== 'decision')) return false;
  dispatch(state.tr.setSelection(NodeSelection.create(state.doc, after)).scrollIntoView());
  return true;
}
