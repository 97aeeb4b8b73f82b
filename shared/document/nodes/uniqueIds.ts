import { Extension } from '@tiptap/core';
import { Plugin, PluginKey } from '@tiptap/pm/state';

/** Node types whose `id` must be present and unique: comments and diffs anchor on it. */
export const identifiedNodeTypes = [
  'agendaItem',
  'decision',
  'assignment',
  'vote',
  'reservation',
  'protocolNote',
  'deferral',
  'attachment',
] as const;

/** A fresh id for a node. */
export function newNodeId(): string {
  return globalThis.crypto.randomUUID();
}

/** Gives every identified node an id, and a new one to a copy (after paste or split). */
export const UniqueIds = Extension.create({
  name: 'uniqueIds',

  addProseMirrorPlugins() {
    const types = new Set<string>(identifiedNodeTypes);
    return [
      new Plugin({
        key: new PluginKey('uniqueIds'),
        appendTransaction: (transactions, _oldState, newState) => {
          if (!transactions.some((transaction) => transaction.docChanged)) return null;
          const seen = new Set<string>();
          const tr = newState.tr;
          newState.doc.descendants((node, pos) => {
            if (node.isTextblock) return false;
            if (!types.has(node.type.name)) return true;
            const id = node.attrs.id as string | null;
            if (id === null || seen.has(id)) {
              const fresh = newNodeId();
              tr.setNodeAttribute(pos, 'id', fresh);
              seen.add(fresh);
            } else {
              seen.add(id);
            }
            return true;
          });
          if (!tr.docChanged) return null;
          tr.setMeta('addToHistory', false);
          return tr;
        },
      }),
    ];
  },
});
