import { labelShareFor, layout } from '../../layout';
import type { Block, FieldRow } from '../../model/types';
import { newPage, type PdfWriteContext } from '../pdfContext';
import { element, tagged } from '../structure';
import { drawLines, lineHeight, measureLines } from '../text';
import { horizontalRule } from './rules';

const padding = layout.cellPadding.fields;

function drawRow(row: FieldRow, table: PDFKit.PDFStructureElement, ctx: PdfWriteContext, first: boolean, share: number): void {
  const { doc, box } = ctx;
  const labelWidth = box.width * share;
  const valueX = box.left + labelWidth + padding;
  const valueWidth = box.width - labelWidth - 2 * padding;
  const labelStyle = { size: layout.size.body, bold: true };
  const valueStyle = { size: layout.size.body };
  const labelLines = [[{ text: row.label }]];
  const valueLines = row.lines.length > 0 ? row.lines : [[]];
  const height = rowHeight(row, ctx, share);
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

function rowHeight(row: FieldRow, ctx: PdfWriteContext, share: number): number {
  const labelWidth = ctx.box.width * share;
  const label = measureLines(ctx, [[{ text: row.label }]], labelWidth - 2 * padding, { size: layout.size.body, bold: true });
  const value = measureLines(ctx, row.lines.length > 0 ? row.lines : [[]], ctx.box.width - labelWidth - 2 * padding, { size: layout.size.body });
  return Math.max(label, value) + 2 * padding;
}

/** The height a facts table takes, to keep a framed section on one page. */
export function fieldsHeight(block: Extract<Block, { kind: 'fields' }>, ctx: PdfWriteContext): number {
  const share = labelShareFor(block.rows.map((row) => row.label));
  return block.rows.reduce((sum, row) => sum + rowHeight(row, ctx, share), 0) + layout.space.paragraphAfter * 2;
}

/** The first page's facts: a table (Table, TR, TH for the label, TD for its lines). */
export function drawFields(block: Extract<Block, { kind: 'fields' }>, ctx: PdfWriteContext): void {
  const table = element(ctx, ctx.root, 'Table');
  const share = labelShareFor(block.rows.map((row) => row.label));
  block.rows.forEach((row, index) => drawRow(row, table, ctx, index === 0, share));
  table.end();
  ctx.doc.y += layout.space.paragraphAfter * 2;
}
