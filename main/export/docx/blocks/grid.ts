import { Paragraph, ShadingType, Table, TableCell, TableRow, WidthType } from 'docx';
import { layout, textWidthMm } from '../../layout';
import type { Block } from '../../model/types';
import { paragraphRuns } from '../runs';
import { pointTwips, twips } from '../units';
import { gridBorders } from './tableBorders';

/** A table with a header row that Word repeats on each page, such as a votering by name. */
export function writeGrid(block: Extract<Block, { kind: 'grid' }>): (Table | Paragraph)[] {
  const total = block.table.columns.reduce((sum, column) => sum + column.width, 0);
  const widths = block.table.columns.map((column) => twips((textWidthMm * column.width) / total));
  const cell = (children: Paragraph[], index: number, header: boolean) =>
    new TableCell({
      width: { size: widths[index]!, type: WidthType.DXA },
      shading: header ? { type: ShadingType.CLEAR, fill: 'E7E6E6', color: 'auto' } : undefined,
      children,
    });
  const header = new TableRow({
    tableHeader: true,
    cantSplit: true,
    children: block.table.columns.map((column, index) =>
      cell([new Paragraph({ spacing: { after: 0 }, children: paragraphRuns([[{ text: column.title, bold: true }]]) })], index, true),
    ),
  });
  const rows = block.table.rows.map(
    (row) =>
      new TableRow({
        cantSplit: true,
        children: row.map((line, index) => cell([new Paragraph({ spacing: { after: 0 }, children: paragraphRuns([line]) })], index, false)),
      }),
  );
  return [
    new Table({
      width: { size: widths.reduce((sum, width) => sum + width, 0), type: WidthType.DXA },
      columnWidths: widths,
      borders: gridBorders,
      margins: { top: pointTwips(layout.cellPadding.grid), bottom: pointTwips(layout.cellPadding.grid) },
      rows: [header, ...rows],
    }),
    new Paragraph({ spacing: { after: 0 }, children: [] }),
  ];
}
