import { layout } from '../../layout';
import type { Block } from '../../model/types';
import { ensureSpace, type PdfWriteContext } from '../pdfContext';
import { element, tagged } from '../structure';
import { drawLines, lineHeight } from '../text';

/** A paragraph (P): running text, a smaller line of facts, or a decision's bold lead. */
export function drawParagraph(block: Extract<Block, { kind: 'paragraph' }>, ctx: PdfWriteContext): void {
  const style = { size: block.style === 'meta' ? layout.size.meta : layout.size.body, bold: block.style === 'lead' };
  // A lead belongs with its att-satser; other text may start at the foot of a page.
  ensureSpace(ctx, lineHeight(ctx, style) * (block.style === 'lead' ? 3 : 1));
  const paragraph = element(ctx, ctx.root, 'P');
  tagged(ctx, paragraph, 'P', () => drawLines(ctx, block.lines, ctx.box.left, ctx.box.width, style));
  paragraph.end();
  ctx.doc.y += block.style === 'meta' ? 2 : layout.space.paragraphAfter;
}
