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
    if (found) return false;
    // Some identified nodes hold text themselves (an uppdrag, a reservation): checked before the text is skipped.
    found = types.has(node.type.name);
    return !found && !node.isTextblock;
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

/** The stretches of the document the transactions put in, in its positions after them. */
function insertedRanges(transactions: readonly Transaction[]): [number, number][] {
  let ranges: [number, number][] = [];
  for (const transaction of transactions) {
    for (const step of transaction.steps) {
      const map = step.getMap();
      ranges = ranges.map(([from, to]) => [map.map(from, -1), map.map(to, 1)]);
      map.forEach((_oldStart, _oldEnd, newStart, newEnd) => {
        if (newEnd > newStart) ranges.push([newStart, newEnd]);
      });
    }
  }
  return ranges;
}

/** A decision copy's id changed from `from` to `to`, in the § that starts at `item`. */
interface Renewal {
  item: number;
  from: string;
  to: string;
}

function topLevelStart(doc: PmNode, pos: number): number {
  return doc.resolve(pos).before(1);
}

/**
 * A reservation or protokollsanteckning copied along with its decision points at the copy: a copy
 * that names the copied decision, in a § that got the decision's copy, now names that copy. The
 * originals keep naming the original.
 */
function pointCopiesAtCopies(doc: PmNode, tr: Transaction, renewed: Renewal[], copies: Set<number>): void {
  for (const { item, from, to } of renewed) {
    doc.nodeAt(item)?.forEach((child, offset) => {
      const pos = item + 1 + offset;
      const statement = child.type.name === 'reservation' || child.type.name === 'protocolNote';
      if (statement && copies.has(pos) && child.attrs.decisionId === from) tr.setNodeAttribute(pos, 'decisionId', to);
    });
  }
}

/**
 * Gives every identified node an id, and a new one to a copy (after paste or split), also when the
 * copy lands before the node it was copied from. The whole
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
          const inserted = firstWalk ? [] : insertedRanges(transactions);
          const isInserted = (pos: number) => inserted.some(([from, to]) => pos >= from && pos < to);
          const identified: { pos: number; id: string | null; name: string }[] = [];
          newState.doc.descendants((node, pos) => {
            if (types.has(node.type.name)) identified.push({ pos, id: (node.attrs.id as string | null) ?? null, name: node.type.name });
            return !node.isTextblock;
          });
          // Which node keeps an id that occurs twice: the one that was there before, not the copy just
          // put in (also when the copy lands before it), so references to it hold (a reservation's
          // decision, a comment's §); among copies only, the first.
          const keepers = new Map<string, number>();
          for (const { pos, id } of identified) if (id !== null && !isInserted(pos) && !keepers.has(id)) keepers.set(id, pos);
          for (const { pos, id } of identified) if (id !== null && !keepers.has(id)) keepers.set(id, pos);
          const renewed: Renewal[] = [];
          const copies = new Set<number>();
          const tr = newState.tr;
          for (const { pos, id, name } of identified) {
            if (id !== null && keepers.get(id) === pos) continue;
            const fresh = newNodeId();
            tr.setNodeAttribute(pos, 'id', fresh);
            copies.add(pos);
            if (id !== null && name === 'decision') renewed.push({ item: topLevelStart(newState.doc, pos), from: id, to: fresh });
          }
          pointCopiesAtCopies(newState.doc, tr, renewed, copies);
          if (!tr.docChanged && !firstWalk) return null;
          // Part of the change's own undo event, so redo brings the same ids back and references hold.
          return tr.setMeta(uniqueIdsKey, true);
        },
      }),
    ];
  },
});
