import type { DocNodeJson, MinutesDocument } from './types';

/** The plain text of a node: its text, with blocks on their own lines. */
export function nodeText(node: DocNodeJson): string {
  if (node.type === 'text') return node.text ?? '';
  const parts = (node.content ?? []).map(nodeText);
  return node.content?.some((child) => child.type !== 'text' && child.type !== 'hardBreak') ? parts.join('\n') : parts.join('');
}

/** An agenda item as plain parts: its id, title and body text. */
export interface ItemText {
  id: string;
  title: string;
  text: string;
}

/** Every agenda item of the minutes as plain text, in order. */
export function agendaItemTexts(document: MinutesDocument): ItemText[] {
  return document.content
    .filter((node) => node.type === 'agendaItem')
    .map((item) => ({
      id: String(item.attrs?.id ?? ''),
      title: nodeText(item.content?.[0] ?? { type: 'agendaTitle' }),
      text: (item.content ?? []).slice(1).map(nodeText).join('\n'),
    }));
}

/** The texts of the text blocks in an agenda item's body (paragraphs, att-satser …), in order. */
export function itemTextblocks(item: DocNodeJson): string[] {
  const texts: string[] = [];
  const walk = (node: DocNodeJson) => {
    const children = node.content ?? [];
    if (children.length > 0 && children.every((child) => child.type === 'text' || child.type === 'hardBreak')) {
      texts.push(nodeText(node));
      return;
    }
    children.forEach(walk);
  };
  (item.content ?? []).slice(1).forEach(walk);
  return texts.filter((text) => text.trim() !== '');
}
