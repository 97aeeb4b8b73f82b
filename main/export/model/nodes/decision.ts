import type { DocNodeJson } from '../../../../shared/document/types';
import type { MappingContext } from '../mappingContext';
import type { Block, ListItem } from '../types';

/** A decision: its lead ("Styrelsen beslutar") and its att-satser as one list. */
export function mapDecision(node: DocNodeJson, ctx: MappingContext): Block[] {
  const lead = String(node.attrs?.lead ?? '').trim();
  const items: ListItem[] = [];
  for (const child of node.content ?? []) {
    for (const block of ctx.map(child)) if (block.kind === 'list') items.push(...block.items);
  }
  const blocks: Block[] = [];
  if (lead) blocks.push({ kind: 'paragraph', style: 'lead', lines: [[{ text: lead, bold: true }]] });
  if (items.length > 0) blocks.push({ kind: 'list', items });
  return blocks;
}
