import type { PdfWriteContext } from './pdfContext';

/** Structure element options pdfkit accepts beyond its published types: a header cell's scope. */
interface CellOptions extends PDFKit.Mixins.StructureElementOptions {
  scope?: 'Row' | 'Column';
}

/** Adds a structure element (P, H2, Table, TD …) under a parent. */
export function element(ctx: PdfWriteContext, parent: PDFKit.PDFStructureElement, type: string, options: CellOptions = {}): PDFKit.PDFStructureElement {
  const child = ctx.doc.struct(type, options);
  parent.add(child);
  return child;
}

/**
 * Draws content tagged as part of an element. The content is attached after drawing, so text
 * that pdfkit continued on a new page is attached with all its marked pieces.
 */
export function tagged(ctx: PdfWriteContext, owner: PDFKit.PDFStructureElement, tag: string, draw: () => void): void {
  const content = ctx.doc.markStructureContent(tag);
  draw();
  ctx.doc.endMarkedContent();
  owner.add(content);
}

/** Draws what is not content for a reader (lines, boxes, the page header) as an artifact. */
export function artifact(ctx: PdfWriteContext, type: 'Pagination' | 'Layout', draw: () => void): void {
  ctx.doc.markContent('Artifact', { type });
  ctx.doc.save();
  draw();
  ctx.doc.restore();
  ctx.doc.endMarkedContent();
}
