import type { Editor } from '@tiptap/core';
import { Fragment, type Node as PmNode } from '@tiptap/pm/model';
import { TextSelection } from '@tiptap/pm/state';

/** Where a text selection lies within one top-level part of the minutes: the part, and the offsets in it. */
function selectionInPart(doc: PmNode, anchor: number, head: number): { part: PmNode; anchor: number; head: number } | null {
  const $anchor = doc.resolve(anchor);
  const $head = doc.resolve(head);
  if ($anchor.depth < 1 || $head.depth < 1 || $anchor.index(0) !== $head.index(0)) return null;
  const start = $anchor.before(1);
  return { part: doc.child($anchor.index(0)), anchor: anchor - start, head: head - start };
}

/**
 * Puts `next` into the editor, replacing only the top-level parts that are not the very same nodes
 * as now, in one step that is not undone by Ctrl+Z. A caret or text selection in a part that stays
 * stays where it was in it, also when parts before it change length.
 */
export function replaceMinutes(editor: Editor, next: PmNode): void {
  const { state } = editor;
  const current = state.doc;
  let start = 0;
  while (start < current.childCount && start < next.childCount && current.child(start) === next.child(start)) start += 1;
  let endCurrent = current.childCount;
  let endNext = next.childCount;
  while (endCurrent > start && endNext > start && current.child(endCurrent - 1) === next.child(endNext - 1)) {
    endCurrent -= 1;
    endNext -= 1;
  }
  if (start === endCurrent && start === endNext) return;

  let from = 0;
  for (let index = 0; index < start; index += 1) from += current.child(index).nodeSize;
  let to = from;
  for (let index = start; index < endCurrent; index += 1) to += current.child(index).nodeSize;
  const replacement: PmNode[] = [];
  for (let index = start; index < endNext; index += 1) replacement.push(next.child(index));

  const tr = state.tr.replaceWith(from, to, Fragment.from(replacement));
  const selection = state.selection instanceof TextSelection ? selectionInPart(current, state.selection.anchor, state.selection.head) : null;
  if (selection) {
    let partStart = 0;
    let found = false;
    tr.doc.forEach((child, offset) => {
      if (found || child !== selection.part) return;
      found = true;
      partStart = offset;
    });
    if (found) tr.setSelection(TextSelection.create(tr.doc, partStart + selection.anchor, partStart + selection.head));
  }
  tr.setMeta('addToHistory', false);
  editor.view.dispatch(tr);
}
