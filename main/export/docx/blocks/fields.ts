import { Paragraph, Table, TableCell, TableRow, WidthType } from 'docx';
import { layout, textWidthMm } from '../../layout';
import type { Block } from '../../model/types';
import { paragraphRuns } from '../runs';
import { styleIds } from '../styles';
import { twips } from '../units';
import { rowBorders } from './tableBorders';

/** The first page's facts as a two-column table: the label, then one paragraph per line. */
export function writeFields(block: Extract<Block, { kind: 'fields' }>): Table[] {
  const labelWidth = twips(textWidthMm * layout.labelShare);
  const valueWidth = twips(textWidthMm) - labelWidth;
  return [
    new Table({
      width: { size: twips(textWidthMm), type: WidthType.DXA },
      columnWidths: [labelWidth, valueWidth],
      borders: rowBorders,
      rows: block.rows.map(
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
    }),
  ];
}
