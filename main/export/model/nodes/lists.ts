import type { DocNodeJson } from '../../../../shared/document/types';
import { linesOf } from '../inline';
import type { Block, ListItem, ListMarker } from '../types';

function markerOf(node: DocNodeJson): ListMarker {
  return node.type === 'orderedList' ? 'number' : 'bullet';
}

/** The items of one list item: its paragraphs as one item, its nested lists one level deeper. */
function itemsOf(listItem: DocNodeJson, marker: ListMarker, level: number): ListItem[] {
  const own: ListItem = { marker, level, lines: [] };
  const nested: ListItem[] = [];
  for (const child of listItem.content ?? []) {
    if (child.type === 'bulletList' || child.type === 'orderedList') {
      for (const item of child.content ?? []) nested.push(...itemsOf(item, markerOf(child), level + 1));
    } else {
      own.lines.push(...linesOf(child));
    }
  }
  return [own, ...nested];
}

/** A bullet or numbered list typed in the text, nested lists included. */
export function mapList(node: DocNodeJson): Block[] {
  const marker = markerOf(node);
  const items = (node.content ?? []).flatMap((item) => itemsOf(item, marker, 0));
  return items.length === 0 ? [] : [{ kind: 'list', items }];
}

/** A list item met on its own (it always sits in a list): a one-item bullet list. */
export function mapListItem(node: DocNodeJson): Block[] {
  return [{ kind: 'list', items: itemsOf(node, 'bullet', 0) }];
}
