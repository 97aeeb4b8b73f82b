import type { DocNodeJson } from '../../../../shared/document/types';
import { linesOf, plainText } from '../inline';
import type { Block } from '../types';

/** Bordläggning or återremiss: the decision not to decide now, and why. */
export function mapDeferral(node: DocNodeJson): Block[] {
  const kind = node.attrs?.kind === 'återremiss' ? 'återremiss' : 'bordläggning';
  const blocks: Block[] = [
    { kind: 'heading', level: 3, text: kind === 'återremiss' ? 'Återremiss' : 'Bordläggning' },
  ];
  if (plainText(node).trim() !== '') blocks.push({ kind: 'paragraph', style: 'body', lines: linesOf(node) });
  else blocks.push({ kind: 'paragraph', style: 'body', lines: [[{ text: kind === 'återremiss' ? 'Ärendet återremitteras.' : 'Ärendet bordläggs.' }]] });
  return blocks;
}
