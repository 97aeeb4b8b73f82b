import { layout } from '../../layout';
import type { Block, FieldRow } from '../../model/types';
import { newPage, type PdfWriteContext } from '../pdfContext';
import { element, tagged } from '../structure';
import { drawLines, lineHeight, measureLines } from '../text';
import { horizontalRule } from './rules';

const padding = 3;

function drawRow(row: FieldRow, table: PDFKit.PDFStructureElement, ctx: PdfWriteContext, first: boolean): void {
  const { doc, box } = ctx;
  const labelWidth = box.width * layout.labelShare;
  const valueX = box.left + labelWidth + padding;
  const valueWidth = box.width - labelWidth - 2 * padding;
  const labelStyle = { size: layout.size.body, bold: true };
  const valueStyle = { size: layout.size.body };
  const labelLines = [[{ text: row.label }]];
  const valueLines = row.lines.length > 0 ? row.lines : [[]];
  const height =
    Math.max(measureLines(ctx, labelLines, labelWidth - 2 * padding, labelStyle), measureLines(ctx, valueLines, valueWidth, valueStyle)) + 2 * padding;
  const fullPage = box.bottom - box.top;
  if (doc.y + height > box.bottom && height <= fullPage) newPage(ctx);
  if (first || doc.y <= box.top + 1) horizontalRule(ctx, doc.y);
  const top = doc.y;
  const startPage = doc.bufferedPageRange().count;
  const tableRow = element(ctx, table, 'TR');
  const header = element(ctx, tableRow, 'TH', { scope: 'Row' });
  doc.y = top + padding;
  tagged(ctx, header, 'TH', () => drawLines(ctx, labelLines, box.left + padding, labelWidth - 2 * padding, labelStyle));
  header.end();
  const labelBottom = doc.y;
  const cell = element(ctx, tableRow, 'TD');
  doc.y = top + padding;
  // A row taller than a page (a council's 100 members) continues line by line on the next page.
  for (const line of valueLines) {
    if (doc.y + lineHeight(ctx, valueStyle) > box.bottom) newPage(ctx);
    tagged(ctx, cell, 'TD', () => drawLines(ctx, [line], valueX, valueWidth, valueStyle));
  }
  cell.end();
  tableRow.end();
  const samePage = doc.bufferedPageRange().count === startPage;
  doc.y = (samePage ? Math.max(doc.y, labelBottom, top + height - padding) : doc.y) + padding;
  horizontalRule(ctx, doc.y);
}

/** The first page's facts: a table (Table, TR, TH for the label, TD for its lines). */
export function drawFields(block: Extract<Block, { kind: 'fields' }>, ctx: PdfWriteContext): void {
  const table = element(ctx, ctx.root, 'Table');
  block.rows.forEach((row, index) => drawRow(row, table, ctx, index === 0));
  table.end();
  ctx.doc.y += layout.space.paragraphAfter * 2;
}
