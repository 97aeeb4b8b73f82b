import { newPage, type PdfWriteContext } from '../pdfContext';

/** A hard page break, unless the page is still empty. */
export function drawPageBreak(_block: unknown, ctx: PdfWriteContext): void {
  if (ctx.doc.y > ctx.box.top + 1) newPage(ctx);
}
