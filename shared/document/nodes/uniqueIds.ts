import { Extension } from '@tiptap/core';
import type { Fragment, Node as PmNode } from '@tiptap/pm/model';
import { Plugin, PluginKey, type Transaction } from '@tiptap/pm/state';
import { AttrStep, ReplaceAroundStep, ReplaceStep, type Step } from '@tiptap/pm/transform';

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

function hasIdentifiedNode(fragment: Fragment, types: Set<string>): boolean {
  let found = false;
  fragment.descendants((node) => {
    if (found || node.isTextblock) return false;
    found = types.has(node.type.name);
    return !found;
  });
  return found;
}

/** Whether a step puts back the one node it replaces, with its type and id (setNodeMarkup, updateAttributes). */
function keepsReplacedNode(step: ReplaceStep | ReplaceAroundStep, docBefore: PmNode): boolean {
  const before = docBefore.nodeAt(step.from);
  const node = step.slice.content.firstChild;
  if (!before || !node || step.slice.content.childCount !== 1 || step.slice.openStart !== 0) return false;
  return step.to === step.from + before.nodeSize && node.type === before.type && node.attrs.id === before.attrs.id;
}

/** Whether a step can bring a node without an id or with a copied one: inserted nodes, or a changed id. */
function stepMayAddIds(step: Step, docBefore: PmNode, types: Set<string>): boolean {
  if (step instanceof AttrStep) return step.attr === 'id';
  if (!(step instanceof ReplaceStep) && !(step instanceof ReplaceAroundStep)) return false;
  const content = step.slice.content;
  return hasIdentifiedNode(keepsReplacedNode(step, docBefore) ? content.firstChild!.content : content, types);
}

function mayAddIds(transactions: readonly Transaction[], types: Set<string>): boolean {
  return transactions.some((transaction) => transaction.steps.some((step, index) => stepMayAddIds(step, transaction.docs[index]!, types)));
}

const uniqueIdsKey = new PluginKey<boolean>('uniqueIds');

/**
 * Gives every identified node an id, and a new one to a copy (after paste or split). The whole
 * document is walked on its first change and then only when a change inserts identified nodes or
 * sets an id, so typing costs a look at the typed step, not at the document.
 */
export const UniqueIds = Extension.create({
  name: 'uniqueIds',

  addProseMirrorPlugins() {
    const types = new Set<string>(identifiedNodeTypes);
    return [
      new Plugin<boolean>({
        key: uniqueIdsKey,
        state: {
          init: () => false,
          apply: (tr, walked) => walked || tr.getMeta(uniqueIdsKey) === true,
        },
        appendTransaction: (transactions, _oldState, newState) => {
          if (!transactions.some((transaction) => transaction.docChanged)) return null;
          const firstWalk = !uniqueIdsKey.getState(newState);
          if (!firstWalk && !mayAddIds(transactions, types)) return null;
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
          if (!tr.docChanged && !firstWalk) return null;
          // Part of the change's own undo event, so redo brings the same ids back and references hold.
          return tr.setMeta(uniqueIdsKey, true);
        },
      }),
    ];
  },
});
