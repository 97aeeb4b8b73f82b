import type { Node as PmNode } from '@tiptap/pm/model';

/**
 * The key a top-level node of the minutes is known by in a save by parts, between editor and
 * store: a §'s id, else its node type (there is one header, one attendance, one next meeting).
 */
export function partKey(node: PmNode): string {
  return node.type.name === 'agendaItem' ? `agendaItem:${String(node.attrs.id ?? '')}` : node.type.name;
}
