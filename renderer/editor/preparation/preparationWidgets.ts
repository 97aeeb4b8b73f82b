import { Extension, type Editor } from '@tiptap/core';
import type { Node as PmNode } from '@tiptap/pm/model';
import { Plugin, PluginKey, TextSelection } from '@tiptap/pm/state';
import { Decoration, DecorationSet, type EditorView } from '@tiptap/pm/view';
import { meetingContext } from '../context/meetingContext';
import { mapDecorations, type DecorationReader } from '../minutesDecorations';
import { focusNodeViewField } from '../commands/focusField';
import { hasPreparation, preparationForm, preparationSummary, type Preparation } from './preparationDom';

/** Which § has its preparation form open, and the widgets under the titles. */
interface PreparationState {
  openItemId: string | null;
  generation: number;
  decorations: DecorationSet;
}

type PreparationMeta = { open: string | null } | { redraw: true };

/** The plugin key; a transaction with `{ open: id }` opens a § form, `{ redraw: true }` draws anew. */
export const preparationKey = new PluginKey<PreparationState>('preparationWidgets');

/** The preparation widgets of a state, for `MinutesDecorations`. */
export const readPreparationWidgets: DecorationReader = (state) => preparationKey.getState(state)?.decorations ?? DecorationSet.empty;

function preparationOf(item: PmNode): Preparation {
  const attrs = item.attrs as Record<string, string>;
  return { presenter: attrs.presenter ?? '', diaryNumber: attrs.diaryNumber ?? '', basis: attrs.basis ?? '', proposal: attrs.proposal ?? '' };
}

function itemStartOf(view: EditorView, getPos: () => number | undefined): number | null {
  const pos = getPos();
  if (pos === undefined) return null;
  const $pos = view.state.doc.resolve(pos);
  return $pos.depth >= 1 ? $pos.before(1) : null;
}

/** Leaves the form: the cursor goes back to the end of the § title. */
function closeForm(view: EditorView, itemStart: number, change?: Preparation): void {
  if (!view.editable) change = undefined;
  const tr = view.state.tr.setMeta(preparationKey, { open: null } satisfies PreparationMeta);
  if (change) for (const [name, value] of Object.entries(change)) tr.setNodeAttribute(itemStart, name, value);
  const title = tr.doc.nodeAt(itemStart)?.firstChild;
  if (title) tr.setSelection(TextSelection.create(tr.doc, itemStart + 2 + title.content.size));
  view.dispatch(tr);
  view.focus();
}

function widget(editor: Editor, item: PmNode, pos: number, open: boolean, generation: number): Decoration {
  const preparation = preparationOf(item);
  const key = `prep:${String(item.attrs.id)}:${open ? 'form' : 'summary'}:${generation}:${JSON.stringify(preparation)}`;
  return Decoration.widget(
    pos,
    (view, getPos) => {
      const t = meetingContext(editor).translate;
      if (!open) {
        return preparationSummary(preparation, t, () => {
          view.dispatch(view.state.tr.setMeta(preparationKey, { open: String(item.attrs.id) } satisfies PreparationMeta));
          const start = itemStartOf(view, getPos);
          if (start !== null) focusNodeViewField(editor, start, '.item-prep [data-focus-first]');
        });
      }
      return preparationForm(preparation, t, {
        save: (next) => {
          const start = itemStartOf(view, getPos);
          if (start !== null) closeForm(view, start, next);
        },
        cancel: () => {
          const start = itemStartOf(view, getPos);
          if (start !== null) closeForm(view, start);
        },
      });
    },
    { key, side: -1, ignoreSelection: true, stopEvent: () => true },
  );
}

function build(editor: Editor, doc: PmNode, openItemId: string | null, generation: number): DecorationSet {
  const decorations: Decoration[] = [];
  doc.forEach((child, offset) => {
    if (child.type.name !== 'agendaItem' || !child.firstChild) return;
    const open = openItemId !== null && child.attrs.id === openItemId;
    if (!open && !hasPreparation(preparationOf(child))) return;
    decorations.push(widget(editor, child, offset + 1 + child.firstChild.nodeSize, open, generation));
  });
  return DecorationSet.create(doc, decorations);
}

/** Whether an item was added, removed, moved or got other attributes; typing in one is not. */
function itemsChanged(before: PmNode, after: PmNode): boolean {
  if (before.childCount !== after.childCount) return true;
  for (let index = 0; index < after.childCount; index += 1) {
    const a = before.child(index);
    const b = after.child(index);
    if (a !== b && (a.type !== b.type || a.attrs !== b.attrs)) return true;
  }
  return false;
}

/**
 * Shows each § preparation (föredragande, diarienummer, beslutsunderlag, förslag till beslut)
 * compactly under its title, and a small form to change it. Widgets rather than a node view
 * keep the § markup as it is and cost a mapping per keystroke.
 */
export const PreparationWidgets = Extension.create({
  name: 'preparationWidgets',

  addProseMirrorPlugins() {
    const editor = this.editor;
    return [
      new Plugin<PreparationState>({
        key: preparationKey,
        state: {
          init: (_config, state) => ({ openItemId: null, generation: 0, decorations: build(editor, state.doc, null, 0) }),
          apply: (tr, previous, oldState, newState) => {
            const meta = tr.getMeta(preparationKey) as PreparationMeta | undefined;
            if (meta) {
              const openItemId = 'open' in meta ? meta.open : previous.openItemId;
              const generation = 'redraw' in meta ? previous.generation + 1 : previous.generation;
              return { openItemId, generation, decorations: build(editor, newState.doc, openItemId, generation) };
            }
            if (!tr.docChanged) return previous;
            if (itemsChanged(oldState.doc, newState.doc)) {
              return { ...previous, decorations: build(editor, newState.doc, previous.openItemId, previous.generation) };
            }
            return { ...previous, decorations: mapDecorations(previous.decorations, tr) ?? build(editor, newState.doc, previous.openItemId, previous.generation) };
          },
        },
      }),
    ];
  },
});

/** Opens the preparation form of the § that holds the cursor and puts the keyboard in it. */
export function openPreparation(editor: Editor): boolean {
  const $from = editor.state.selection.$from;
  if ($from.depth < 1 || $from.node(1).type.name !== 'agendaItem') return false;
  const itemStart = $from.before(1);
  editor.view.dispatch(editor.state.tr.setMeta(preparationKey, { open: String($from.node(1).attrs.id) } satisfies PreparationMeta));
  focusNodeViewField(editor, itemStart, '.item-prep [data-focus-first]');
  return true;
}
