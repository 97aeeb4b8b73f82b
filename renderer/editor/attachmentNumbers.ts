import { Extension, type Editor } from '@tiptap/core';
import type { Node as PmNode } from '@tiptap/pm/model';
import { Plugin, PluginKey } from '@tiptap/pm/state';
import { Decoration, DecorationSet } from '@tiptap/pm/view';
import { meetingContext } from './context/meetingContext';
import { mapDecorations, type DecorationReader } from './minutesDecorations';

/** The plugin key; its state is the numbers, drawn by `MinutesDecorations`; a meta draws the labels anew. */
export const attachmentNumbersKey = new PluginKey<DecorationSet>('attachmentNumbers');

/** The bilaga numbers of a state, for `MinutesDecorations`. */
export const readAttachmentNumbers: DecorationReader = (state) => attachmentNumbersKey.getState(state) ?? DecorationSet.empty;

function attachmentCount(item: PmNode): number {
  let count = 0;
  item.forEach((child) => {
    if (child.type.name === 'attachment') count += 1;
  });
  return count;
}

function build(editor: Editor, doc: PmNode): DecorationSet {
  const label = meetingContext(editor).translate;
  const decorations: Decoration[] = [];
  let number = 0;
  doc.forEach((item, itemOffset) => {
    if (item.type.name !== 'agendaItem') return;
    item.forEach((child, offset) => {
      if (child.type.name !== 'attachment') return;
      number += 1;
      const from = itemOffset + 1 + offset;
      decorations.push(Decoration.node(from, from + child.nodeSize, { 'data-number': String(number), 'data-label': label('attachment.number', { number: String(number) }) }));
    });
  });
  return DecorationSet.create(doc, decorations);
}

/** Whether the attachments may have been added, removed or reordered: only then are numbers rebuilt. */
function attachmentsMayHaveMoved(before: PmNode, after: PmNode): boolean {
  if (before.childCount !== after.childCount) return true;
  let changed = 0;
  for (let index = 0; index < after.childCount; index += 1) {
    const a = before.child(index);
    const b = after.child(index);
    if (a === b) continue;
    changed += 1;
    if (changed > 1 || a.type !== b.type) return true;
    if (a.childCount !== b.childCount && (attachmentCount(a) > 0 || attachmentCount(b) > 0)) return true;
  }
  return false;
}

/**
 * "Bilaga 1", "Bilaga 2" …: attachments are numbered by their order in the minutes, shown as a
 * decoration so the number is never stored and moving a § renumbers them.
 */
export const AttachmentNumbers = Extension.create({
  name: 'attachmentNumbers',

  addProseMirrorPlugins() {
    const editor = this.editor;
    return [
      new Plugin<DecorationSet>({
        key: attachmentNumbersKey,
        state: {
          init: (_config, state) => build(editor, state.doc),
          apply: (tr, numbers, oldState, newState) => {
            if (tr.getMeta(attachmentNumbersKey)) return build(editor, newState.doc);
            if (!tr.docChanged) return numbers;
            if (attachmentsMayHaveMoved(oldState.doc, newState.doc)) return build(editor, newState.doc);
            // A replaced attachment loses its decoration in the mapping: then number them again.
            return mapDecorations(numbers, tr) ?? build(editor, newState.doc);
          },
        },
      }),
    ];
  },
});
