import { Extension } from '@tiptap/core';
import type { Node as PmNode } from '@tiptap/pm/model';
import { Plugin, PluginKey } from '@tiptap/pm/state';
import { Decoration, DecorationSet } from '@tiptap/pm/view';
import { mapDecorations, type DecorationReader } from './minutesDecorations';
import { paragraphNumber } from '../../shared/domain/numbering';

/** Options of the § numbering: the number of the meeting's first agenda item. */
export interface ParagraphNumbersOptions {
  first: number;
}

/** The plugin key; its state is the numbers, drawn by `MinutesDecorations`. */
export const paragraphNumbersKey = new PluginKey<DecorationSet>('paragraphNumbers');

/** The § numbers of a state, for `MinutesDecorations`. */
export const readParagraphNumbers: DecorationReader = (state) => paragraphNumbersKey.getState(state) ?? DecorationSet.empty;

function build(doc: PmNode, first: number): DecorationSet {
  const decorations: Decoration[] = [];
  let index = 0;
  doc.forEach((child, offset) => {
    if (child.type.name !== 'agendaItem') return;
    const title = child.firstChild;
    if (title) {
      const start = offset + 1;
      decorations.push(
        Decoration.node(start, start + title.nodeSize, { 'data-number': String(paragraphNumber(first, index)) }),
      );
    }
    index += 1;
  });
  return DecorationSet.create(doc, decorations);
}

/** Whether items were added, removed or moved: then every number is rebuilt, else mapped. */
function structureChanged(before: PmNode, after: PmNode): boolean {
  if (before.childCount !== after.childCount) return true;
  let changed = 0;
  for (let index = 0; index < after.childCount; index += 1) {
    const a = before.child(index);
    const b = after.child(index);
    if (a === b) continue;
    if (a.type !== b.type) return true;
    changed += 1;
    if (changed > 1) return true;
  }
  return false;
}

/**
 * Shows each agenda item's § number, derived from its position and the meeting's first number
 * (never typed, never stored), as a `data-number` attribute on the item's title that the stylesheet prints as "§ 12".
 */
export const ParagraphNumbers = Extension.create<ParagraphNumbersOptions>({
  name: 'paragraphNumbers',

  addOptions() {
    return { first: 1 };
  },

  addProseMirrorPlugins() {
    const first = this.options.first;
    return [
      new Plugin<DecorationSet>({
        key: paragraphNumbersKey,
        state: {
          init: (_config, state) => build(state.doc, first),
          apply: (tr, numbers, oldState, newState) => {
            if (!tr.docChanged) return numbers;
            if (structureChanged(oldState.doc, newState.doc)) return build(newState.doc, first);
            // A § replaced whole (another window's version of it) loses its number in the mapping.
            return mapDecorations(numbers, tr) ?? build(newState.doc, first);
          },
        },
      }),
    ];
  },
});
