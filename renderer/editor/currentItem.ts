import { Extension } from '@tiptap/core';
import { Plugin, PluginKey, type EditorState } from '@tiptap/pm/state';
import { Decoration, DecorationSet } from '@tiptap/pm/view';
import { mapDecorations, type DecorationReader } from './minutesDecorations';

/** The plugin key; its state marks the § that holds the cursor, drawn by `MinutesDecorations`. */
export const currentItemKey = new PluginKey<DecorationSet>('currentItem');

/** The current § mark of a state, for `MinutesDecorations`. */
export const readCurrentItem: DecorationReader = (state) => currentItemKey.getState(state) ?? DecorationSet.empty;

function mark(state: EditorState): DecorationSet {
  const $from = state.selection.$from;
  if ($from.depth < 1 || $from.node(1).type.name !== 'agendaItem') return DecorationSet.empty;
  const start = $from.before(1);
  return DecorationSet.create(state.doc, [Decoration.node(start, start + $from.node(1).nodeSize, { class: 'current-item' })]);
}

/**
 * Marks the § the secretary is writing in (its number turns the accent colour), which is also the §
 * whose beslutförhet the toolbar shows. One decoration, set again only when the cursor changes §.
 */
export const CurrentItem = Extension.create({
  name: 'currentItem',

  addProseMirrorPlugins() {
    return [
      new Plugin<DecorationSet>({
        key: currentItemKey,
        state: {
          init: (_config, state) => mark(state),
          apply: (tr, marked, _oldState, newState) => {
            if (!tr.docChanged && !tr.selectionSet) return marked;
            const $from = newState.selection.$from;
            if ($from.depth < 1 || $from.node(1).type.name !== 'agendaItem') return marked === DecorationSet.empty ? marked : DecorationSet.empty;
            const mapped = tr.docChanged ? mapDecorations(marked, tr) : marked;
            const existing = mapped?.find()[0];
            const start = $from.before(1);
            if (mapped && existing && existing.from === start && existing.to === start + $from.node(1).nodeSize) return mapped;
            return mark(newState);
          },
        },
      }),
    ];
  },
});
