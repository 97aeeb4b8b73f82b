import { Extension, type Editor } from '@tiptap/core';
import type { Node as PmNode } from '@tiptap/pm/model';
import { Plugin, PluginKey, type EditorState } from '@tiptap/pm/state';
import { itemOrder, type ItemOrder } from '../../../shared/domain/attendance';

/** What views need about the meeting's shape: the items in order, the attendance, the § with the cursor. */
export interface MeetingOutline {
  order: ItemOrder;
  /** Index among the doc's children of the first agenda item. */
  firstItemChild: number;
  attendance: PmNode | null;
  /** Index of the agenda item holding the cursor; -1 when the cursor is outside the items. */
  currentItem: number;
}

/** The plugin key, for reading the outline. */
export const meetingOutlineKey = new PluginKey<MeetingOutline>('meetingOutline');

function readItems(doc: PmNode, first: number): { order: ItemOrder; firstItemChild: number } {
  const ids: string[] = [];
  let firstItemChild = -1;
  doc.forEach((child, _offset, index) => {
    if (child.type.name !== 'agendaItem') return;
    if (firstItemChild === -1) firstItemChild = index;
    ids.push(String(child.attrs.id ?? ''));
  });
  return { order: itemOrder(ids, first), firstItemChild };
}

function attendanceOf(doc: PmNode): PmNode | null {
  const candidate = doc.maybeChild(1);
  return candidate?.type.name === 'attendance' ? candidate : null;
}

/** Whether items were added, removed, moved or got another id; typing inside one item is not. */
function itemsChanged(before: PmNode, after: PmNode): boolean {
  if (before.childCount !== after.childCount) return true;
  for (let index = 0; index < after.childCount; index += 1) {
    const a = before.child(index);
    const b = after.child(index);
    if (a === b) continue;
    if (a.type !== b.type) return true;
    if (b.type.name === 'agendaItem' && a.attrs.id !== b.attrs.id) return true;
  }
  return false;
}

function currentItemOf(state: EditorState, outline: Pick<MeetingOutline, 'order' | 'firstItemChild'>): number {
  const index = state.selection.$from.index(0) - outline.firstItemChild;
  if (outline.firstItemChild === -1 || index < 0 || index >= outline.order.ids.length) return -1;
  return index;
}

/**
 * Keeps the outline up to date at the cost of a pointer comparison per top-level node when the
 * document changes, and the same object when nothing a view shows has changed.
 */
export const MeetingOutlineExtension = Extension.create<{ first: number }>({
  name: 'meetingOutline',

  addOptions() {
    return { first: 1 };
  },

  addProseMirrorPlugins() {
    const first = this.options.first;
    return [
      new Plugin<MeetingOutline>({
        key: meetingOutlineKey,
        state: {
          init: (_config, state) => {
            const items = readItems(state.doc, first);
            return { ...items, attendance: attendanceOf(state.doc), currentItem: currentItemOf(state, items) };
          },
          apply: (tr, outline, oldState, newState) => {
            if (!tr.docChanged && !tr.selectionSet) return outline;
            const items = tr.docChanged && itemsChanged(oldState.doc, newState.doc) ? readItems(newState.doc, first) : outline;
            const attendance = tr.docChanged ? attendanceOf(newState.doc) : outline.attendance;
            const currentItem = currentItemOf(newState, items);
            if (items === outline && attendance === outline.attendance && currentItem === outline.currentItem) return outline;
            return { order: items.order, firstItemChild: items.firstItemChild, attendance, currentItem };
          },
        },
      }),
    ];
  },
});

/** The outline of the editor's document now. */
export function readOutline(editor: Editor): MeetingOutline {
  return meetingOutlineKey.getState(editor.state)!;
}

/** The index of the agenda item holding a document position; -1 outside the items. */
export function itemIndexAt(editor: Editor, pos: number): number {
  const outline = readOutline(editor);
  const index = editor.state.doc.resolve(pos).index(0) - outline.firstItemChild;
  return outline.firstItemChild === -1 || index < 0 || index >= outline.order.ids.length ? -1 : index;
}
