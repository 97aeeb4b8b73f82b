import type { PdfWriteContext } from '../pdfContext';
import { artifact } from '../structure';

/** A thin horizontal rule, drawn as an artifact (a screen reader skips it). */
export function horizontalRule(ctx: PdfWriteContext, y: number, from = ctx.box.left, to = ctx.box.right, color = '#808080'): void {
  artifact(ctx, 'Layout', () => {
    ctx.doc.lineWidth(0.5).strokeColor(color).moveTo(from, y).lineTo(to, y).stroke();
  });
}

/** A rectangle's outline, drawn as an artifact. */
export function outline(ctx: PdfWriteContext, x: number, y: number, width: number, height: number, fill?: string): void {
  artifact(ctx, 'Layout', () => {
    ctx.doc.lineWidth(0.5).strokeColor('#808080');
    if (fill) ctx.doc.rect(x, y, width, height).fillAndStroke(fill, '#808080');
    else ctx.doc.rect(x, y, width, height).stroke();
  });
}
