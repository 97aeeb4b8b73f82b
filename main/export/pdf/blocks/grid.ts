import { layout } from '../../layout';
import type { Block, Line } from '../../model/types';
import { newPage, type PdfWriteContext } from '../pdfContext';
import { artifact, element, tagged } from '../structure';
import { drawLines, measureLines } from '../text';
import { outline } from './rules';

const padding = layout.cellPadding.grid;

/** A table with a header row (TH, scope Column) repeated as an artifact on each new page. */
export function drawGrid(block: Extract<Block, { kind: 'grid' }>, ctx: PdfWriteContext): void {
  const { doc, box } = ctx;
  const total = block.table.columns.reduce((sum, column) => sum + column.width, 0);
  const widths = block.table.columns.map((column) => (box.width * column.width) / total);
  const xs = widths.map((_, index) => box.left + widths.slice(0, index).reduce((sum, width) => sum + width, 0));
  const style = { size: layout.size.meta };
  const headerLines: Line[] = block.table.columns.map((column) => [{ text: column.title, bold: true }]);
  const rowHeight = (cells: Line[]) => Math.max(...cells.map((cell, index) => measureLines(ctx, [cell], widths[index]! - 2 * padding, style))) + 2 * padding;

  const drawRow = (cells: Line[], shade: boolean, parent: PDFKit.PDFStructureElement | null, cellType: 'TH' | 'TD') => {
    const height = rowHeight(cells);
    const top = doc.y;
    cells.forEach((_, index) => outline(ctx, xs[index]!, top, widths[index]!, height, shade ? '#E7E6E6' : undefined));
    const row = parent ? element(ctx, parent, 'TR') : null;
    cells.forEach((cell, index) => {
      doc.y = top + padding;
      const draw = () => drawLines(ctx, [cell], xs[index]! + padding, widths[index]! - 2 * padding, style);
      if (row) {
        const owner = element(ctx, row, cellType, cellType === 'TH' ? { scope: 'Column' } : {});
        tagged(ctx, owner, cellType, draw);
        owner.end();
      } else {
        artifact(ctx, 'Pagination', draw);
      }
    });
    row?.end();
    doc.y = top + height;
  };

  const table = element(ctx, ctx.root, 'Table', { alt: block.table.summary });
  if (doc.y + rowHeight(headerLines) + rowHeight(block.table.rows[0] ?? headerLines) > box.bottom) newPage(ctx);
  drawRow(headerLines, true, table, 'TH');
  for (const cells of block.table.rows) {
    if (doc.y + rowHeight(cells) > box.bottom) {
      newPage(ctx);
      drawRow(headerLines, true, null, 'TH');
    }
    drawRow(cells, false, table, 'TD');
  }
  table.end();
  doc.y += layout.space.paragraphAfter * 1.5;
}
