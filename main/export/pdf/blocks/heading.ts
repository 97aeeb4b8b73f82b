import { layout } from '../../layout';
import type { Block } from '../../model/types';
import { ensureSpace, type PdfWriteContext } from '../pdfContext';
import { element, tagged } from '../structure';
import { drawLines, lineHeight, measureLines } from '../text';

/** A heading (H1–H3), kept on the same page as at least two lines of what follows it. */
export function drawHeading(block: Extract<Block, { kind: 'heading' }>, ctx: PdfWriteContext): void {
  const style = { size: layout.size[`h${block.level}`], bold: true };
  const lines = [[{ text: block.text }]];
  const before = ctx.doc.y > ctx.box.top + 1 ? layout.space.headingBefore[block.level] : 0;
  const height = before + measureLines(ctx, lines, ctx.box.width, style) + 2 * lineHeight(ctx, { size: layout.size.body });
  ensureSpace(ctx, height);
  if (ctx.doc.y > ctx.box.top + 1) ctx.doc.y += layout.space.headingBefore[block.level];
  const heading = element(ctx, ctx.root, `H${block.level}`);
  tagged(ctx, heading, `H${block.level}`, () => drawLines(ctx, lines, ctx.box.left, ctx.box.width, style));
  heading.end();
  ctx.doc.y += layout.space.headingAfter[block.level];
}
