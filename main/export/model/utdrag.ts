import type { DocNodeJson } from '../../../shared/document/types';
import { agendaItems, firstPageRows } from './firstPage';
import type { MappingContext } from './mappingContext';
import type { Block } from './types';

/**
 * Protokollsutdrag: the chosen § with the header, the attendance and "Rätt utdraget intygar",
 * as a bank or an authority asks for. Items keep their numbers from the whole minutes.
 */
export function composeUtdrag(document: DocNodeJson, ctx: MappingContext, itemIds: string[]): Block[] {
  const wanted = new Set(itemIds);
  const chosen = agendaItems(document).filter(({ node }) => wanted.has(String(node.attrs?.id ?? '')));
  const numbers = chosen.map(({ index }) => `§ ${ctx.meeting.firstParagraphNumber + index}`).join(', ');
  const rows = firstPageRows(document, ctx, [{ label: 'Paragrafer', lines: [[{ text: numbers }]] }]);
  const blocks: Block[] = [
    { kind: 'heading', level: 1, text: `Utdrag ur protokoll: ${ctx.meeting.meetingTitle}` },
    { kind: 'fields', rows },
  ];
  for (const { node, index } of chosen) {
    ctx.itemIndex = index;
    blocks.push(...ctx.map(node));
  }
  ctx.itemIndex = -1;
  const secretary = ctx.attendance.roles.find((role) => role.role === 'sekreterare' && role.name.trim());
  blocks.push({ kind: 'heading', level: 2, text: 'Utdragsbestyrkande' });
  blocks.push({ kind: 'signatures', lines: [{ role: 'Rätt utdraget intygar', name: secretary?.name.trim() ?? '', paragraphs: numbers }] });
  return blocks;
}
