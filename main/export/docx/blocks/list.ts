import { Paragraph } from 'docx';
import type { Block } from '../../model/types';
import { numberingReference } from '../numbering';
import { paragraphRuns } from '../runs';
import type { DocxWriteContext } from './context';

/** A list as numbered Word paragraphs; one instance per list so numbers restart at 1. */
export function writeList(block: Extract<Block, { kind: 'list' }>, ctx: DocxWriteContext): Paragraph[] {
  const instance = ctx.nextListInstance();
  return block.items.map(
    (item) =>
      new Paragraph({
        numbering: { reference: numberingReference[item.marker], level: Math.min(item.level, 4), instance },
        spacing: { after: 40 },
        children: paragraphRuns(item.lines),
      }),
  );
}
