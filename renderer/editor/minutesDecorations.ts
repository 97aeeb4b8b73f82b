import { Extension } from '@tiptap/core';
import { Plugin, PluginKey, type EditorState, type Transaction } from '@tiptap/pm/state';
import { DecorationSet } from '@tiptap/pm/view';

/** A plugin's decorations in a state of the editor. */
export type DecorationReader = (state: EditorState) => DecorationSet;

/**
 * The sets made by `mapDecorations`. A set rather than a map to the set each came from: that map
 * would keep every earlier set of a plugin alive, each held by the next one. A plugin only ever maps
 * its own previous set, so a new set found here was mapped from that one.
 */
const mappedSets = new WeakSet<DecorationSet>();

/**
 * A plugin's decorations carried through a change of the document. A set mapped this way is known
 * to hold the same decorations as before, so the minutes' single set maps along instead of being
 * built again. Null when the change took one of them away (the node it sat on was replaced whole,
 * or deleted): the plugin then builds its set anew.
 */
export function mapDecorations(set: DecorationSet, tr: Transaction): DecorationSet | null {
  let lost = false;
  const mapped = set.map(tr.mapping, tr.doc, { onRemove: () => (lost = true) });
  if (lost) return null;
  if (mapped !== set) mappedSets.add(mapped);
  return mapped;
}

interface Merged {
  sources: DecorationSet[];
  merged: DecorationSet;
}

/** Whether a source's new set holds what its old one held, carried through `tr`. */
function carried(before: DecorationSet, after: DecorationSet, tr: Transaction): boolean {
  if (after === before) return !tr.docChanged || after === DecorationSet.empty;
  return tr.docChanged && mappedSets.has(after);
}

function merge(state: EditorState, sources: DecorationSet[]): DecorationSet {
  const nonEmpty = sources.filter((set) => set !== DecorationSet.empty);
  if (nonEmpty.length === 0) return DecorationSet.empty;
  if (nonEmpty.length === 1) return nonEmpty[0]!;
  return DecorationSet.create(state.doc, nonEmpty.flatMap((set) => set.find()));
}

/** The plugin key; its state holds the one set the minutes are drawn with. */
export const minutesDecorationsKey = new PluginKey<Merged>('minutesDecorations');

/**
 * Draws the decorations of the minutes' plugins (§ numbers, bilaga numbers, the current §, the
 * preparation widgets) as one set. Given one set per plugin, ProseMirror combines them again for
 * every top-level node on every keystroke, about 20 kB of garbage and a fifth of a millisecond a key
 * in a 200-§ meeting; one set that is mapped along with the typing costs neither. When a plugin
 * builds its set anew (a § added or moved, the cursor in another §), the one set is built anew from
 * all of them.
 *
 * The plugins keep their own state and give no `decorations` prop of their own; each is read by a
 * `DecorationReader` and maps its set with `mapDecorations`. Its plugin must come after theirs, to
 * read their new states: TipTap orders plugins by priority, so it has the lowest.
 */
export const MinutesDecorations = Extension.create<{ readers: DecorationReader[] }>({
  name: 'minutesDecorations',
  priority: 1,

  addOptions() {
    return { readers: [] };
  },

  addProseMirrorPlugins() {
    const { readers } = this.options;
    return [
      new Plugin<Merged>({
        key: minutesDecorationsKey,
        state: {
          init: (_config, state) => {
            const sources = readers.map((read) => read(state));
            return { sources, merged: merge(state, sources) };
          },
          apply: (tr, previous, _oldState, newState) => {
            const sources = readers.map((read) => read(newState));
            if (sources.every((set, index) => set === previous.sources[index]) && !tr.docChanged) return previous;
            const several = sources.filter((set) => set !== DecorationSet.empty).length > 1;
            if (several && sources.every((set, index) => carried(previous.sources[index]!, set, tr))) {
              return { sources, merged: tr.docChanged ? previous.merged.map(tr.mapping, tr.doc) : previous.merged };
            }
            return { sources, merged: merge(newState, sources) };
          },
        },
        props: {
          decorations: (state) => minutesDecorationsKey.getState(state)?.merged,
        },
      }),
    ];
  },
});
