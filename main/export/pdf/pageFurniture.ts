import { layout, pointsPerMm } from '../layout';
import type { PageModel } from '../model/types';
import type { PdfWriteContext } from './pdfContext';
import { artifact } from './structure';
import { fontSegments, type Face } from './fonts';

function put(ctx: PdfWriteContext, text: string, face: Face, x: number, y: number, width: number, align: 'left' | 'right' = 'left'): void {
  const segments = fontSegments(text, face);
  segments.forEach((segment, index) => {
    ctx.doc.font(segment.font).fontSize(layout.size.header);
    const continued = index < segments.length - 1;
    if (index === 0) ctx.doc.text(segment.text, x, y, { width, align, lineBreak: false, continued, height: 20 });
    else ctx.doc.text(segment.text, { continued, lineBreak: false });
  });
}

function drawHeader(ctx: PdfWriteContext, model: PageModel, page: number, pages: number): void {
  const { box } = ctx;
  const top = layout.headerTop * pointsPerMm;
  const line = layout.size.header * 1.35;
  const columns = [0.45, 0.35, 0.2].map((share) => share * box.width);
  const second = box.left + columns[0]!;
  const third = second + columns[1]!;
  put(ctx, model.header.organisation, 'bold', box.left, top, columns[0]! - 6);
  put(ctx, model.header.body, 'regular', box.left, top + line, columns[0]! - 6);
  put(ctx, model.header.documentTitle, 'bold', second, top, columns[1]! - 6);
  put(ctx, `${model.header.dateLabel} ${model.header.date}`, 'regular', second, top + line, columns[1]! - 6);
  put(ctx, `Sida ${page}(${pages})`, 'regular', third, top, columns[2]!, 'right');
  const ruleY = top + 2 * line + 4;
  ctx.doc.lineWidth(0.5).strokeColor('#808080').moveTo(box.left, ruleY).lineTo(box.right, ruleY).stroke();
}

function drawAdjusterFooter(ctx: PdfWriteContext, boxes: number): void {
  const { box, doc } = ctx;
  const size = 9 * pointsPerMm;
  const boxWidth = 18 * pointsPerMm;
  const bottom = (layout.page.height - layout.footerBottom) * pointsPerMm;
  const top = bottom - size;
  const firstBox = box.right - boxes * boxWidth;
  doc.lineWidth(0.5).strokeColor('#000000');
  for (let index = 0; index < boxes; index += 1) doc.rect(firstBox + index * boxWidth, top, boxWidth, size).stroke();
  doc.font('regular').fontSize(layout.size.footer).fillColor('#000000');
  doc.text('Justerandes signatur', box.left, top + size / 2 - 4, { width: firstBox - box.left - 6, align: 'right', lineBreak: false, height: 12 });
}

/**
 * The header on every page (organisation, body, document, date, "Sida X(Y)" with the real count)
 * and the protokoll's "Justerandes signatur" boxes, drawn once every page exists. They are
 * pagination artifacts: screen readers skip them, the reading order stays the minutes' own.
 */
export function drawPageFurniture(ctx: PdfWriteContext, model: PageModel): void {
  const range = ctx.doc.bufferedPageRange();
  for (let index = 0; index < range.count; index += 1) {
    ctx.doc.switchToPage(range.start + index);
    artifact(ctx, 'Pagination', () => {
      drawHeader(ctx, model, index + 1, range.count);
      if (model.adjusterFooter) drawAdjusterFooter(ctx, model.adjusterFooter.boxes);
    });
  }
}
