import type { DocNodeJson } from '../../../../shared/document/types';
import { anslagsbevis } from '../anslagsbevis';
import { firstPageRows } from '../firstPage';
import type { MappingContext } from '../mappingContext';
import { wholeRange } from '../paragraphRanges';
import { signatureLines } from '../signatureBlock';
import type { Block } from '../types';

/** The § items and what follows them (the next meeting), in document order. */
export function bodyBlocks(document: DocNodeJson, ctx: MappingContext): Block[] {
  const blocks: Block[] = [];
  let index = 0;
  for (const node of document.content ?? []) {
    if (node.type === 'meetingHeader' || node.type === 'attendance') continue;
    if (node.type === 'agendaItem') ctx.itemIndex = index++;
    else ctx.itemIndex = -1;
    blocks.push(...ctx.map(node));
  }
  ctx.itemIndex = -1;
  return blocks;
}

/**
 * The whole minutes: title, the first page's facts, the § items, and the signatures. A municipal
 * body's minutes carry the signatures on the first page and the items after it, and end with the
 * anslagsbevis (a council's attendance often fills the first page); an association signs at the end.
 */
export function mapDoc(node: DocNodeJson, ctx: MappingContext): Block[] {
  const title: Block = { kind: 'heading', level: 1, text: ctx.meeting.meetingTitle };
  const rows = firstPageRows(node, ctx, [{ label: 'Paragrafer', lines: [[{ text: wholeRange(ctx) }]] }]);
  const fields: Block = { kind: 'fields', rows };
  const signatures: Block = { kind: 'signatures', lines: signatureLines(ctx) };
  const items = bodyBlocks(node, ctx);
  if (ctx.meeting.bodyKind === 'nämnd' && ctx.meeting.meetingKind === 'protokoll') {
    return [title, fields, { kind: 'heading', level: 2, text: 'Underskrifter' }, signatures, { kind: 'pageBreak' }, ...items, ...anslagsbevis(ctx)];
  }
  return [title, fields, ...items, { kind: 'heading', level: 2, text: 'Underskrifter' }, signatures];
}
