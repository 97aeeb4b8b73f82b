import type { DocNodeJson } from '../../../../shared/document/types';
import { plainText } from '../inline';
import type { MappingContext } from '../mappingContext';
import type { Block } from '../types';

/** An attachment reference, numbered in the order the minutes mention them: "Bilaga 2 Budget 2027". */
export function mapAttachment(node: DocNodeJson, ctx: MappingContext): Block[] {
  ctx.attachmentCount += 1;
  const title = plainText(node).trim();
  return [
    {
      kind: 'paragraph',
      style: 'meta',
      lines: [[{ text: `Bilaga ${ctx.attachmentCount}`, bold: true }, ...(title ? [{ text: ` ${title}` }] : [])]],
    },
  ];
}
