import { Paragraph, Table, TableCell, TableRow, WidthType } from 'docx';
import { labelShareFor, layout, textWidthMm } from '../../layout';
import type { Block, FieldRow } from '../../model/types';
import { paragraphRuns } from '../runs';
import { styleIds } from '../styles';
import { pointTwips, twips } from '../units';
import { rowBorders } from './tableBorders';

/** A facts table `widthMm` wide: the label, then one paragraph per line. */
export function fieldsTable(rows: FieldRow[], widthMm: number): Table {
  const labelWidth = twips(widthMm * labelShareFor(rows.map((row) => row.label)));
  const valueWidth = twips(widthMm) - labelWidth;
  return new Table({
    width: { size: twips(widthMm), type: WidthType.DXA },
    columnWidths: [labelWidth, valueWidth],
    borders: rowBorders,
    margins: { top: pointTwips(layout.cellPadding.fields), bottom: pointTwips(layout.cellPadding.fields) },
    rows: rows.map(
      (row) =>
        new TableRow({
          children: [
            new TableCell({
              width: { size: labelWidth, type: WidthType.DXA },
              children: [new Paragraph({ style: styleIds.label, text: row.label })],
            }),
            new TableCell({
              width: { size: valueWidth, type: WidthType.DXA },
              children: (row.lines.length > 0 ? row.lines : [[]]).map(
                (line) => new Paragraph({ spacing: { after: 0 }, children: paragraphRuns([line]) }),
              ),
            }),
          ],
        }),
    ),
  });
}

/** The first page's facts as a two-column table. */
export function writeFields(block: Extract<Block, { kind: 'fields' }>): Table[] {
  return [fieldsTable(block.rows, textWidthMm)];
}
