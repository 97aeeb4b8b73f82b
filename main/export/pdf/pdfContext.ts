import { layout, pointsPerMm } from '../layout';

/** The text area of a page, in points from the top-left corner. */
export interface TextBox {
  left: number;
  right: number;
  top: number;
  bottom: number;
  width: number;
  pageWidth: number;
  pageHeight: number;
}

/** What block drawers share while one PDF is written. */
export interface PdfWriteContext {
  doc: PDFKit.PDFDocument;
  /** The tagged structure's top element ("Document"); every block's elements go under it. */
  root: PDFKit.PDFStructureElement;
  box: TextBox;
}

/** The text area of an A4 page with Paragraf's margins. */
export function textBox(): TextBox {
  const width = layout.page.width * pointsPerMm;
  const height = layout.page.height * pointsPerMm;
  const left = layout.margins.left * pointsPerMm;
  const right = width - layout.margins.right * pointsPerMm;
  return { left, right, top: layout.margins.top * pointsPerMm, bottom: height - layout.margins.bottom * pointsPerMm, width: right - left, pageWidth: width, pageHeight: height };
}

/** Starts a new page when less than `height` points are left, so a block is not split badly. */
export function ensureSpace(ctx: PdfWriteContext, height: number): void {
  if (ctx.doc.y + height > ctx.box.bottom && ctx.doc.y > ctx.box.top + 1) newPage(ctx);
}

/** A new page, with the text position at its top-left. */
export function newPage(ctx: PdfWriteContext): void {
  ctx.doc.addPage();
  ctx.doc.x = ctx.box.left;
  ctx.doc.y = ctx.box.top;
}
