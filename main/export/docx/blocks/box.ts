import { BorderStyle, HeadingLevel, Paragraph, Table, TableCell, TableRow, WidthType } from 'docx';
import { textWidthMm } from '../../layout';
import type { Block } from '../../model/types';
import { twips } from '../units';
import { fieldsTable } from './fields';
import { signaturesTable } from './signatures';

const inset = 4;

/**
 * A framed section kept on one page: one bordered cell whose row may not split, holding the
 * title (Heading 2), the text, the facts table and the signature line.
 */
export function writeBox(block: Extract<Block, { kind: 'box' }>): Table[] {
  const line = { style: BorderStyle.SINGLE, size: 4, color: '808080' };
  const innerMm = textWidthMm - 2 * inset;
  return [
    new Table({
      width: { size: twips(textWidthMm), type: WidthType.DXA },
      columnWidths: [twips(textWidthMm)],
      borders: { top: line, bottom: line, left: line, right: line, insideHorizontal: line, insideVertical: line },
      rows: [
        new TableRow({
          cantSplit: true,
          children: [
            new TableCell({
              width: { size: twips(textWidthMm), type: WidthType.DXA },
              margins: { top: twips(inset), bottom: twips(inset), left: twips(inset), right: twips(inset) },
              children: [
                new Paragraph({ heading: HeadingLevel.HEADING_2, text: block.title, spacing: { before: 0 } }),
                new Paragraph({ text: block.intro }),
                fieldsTable(block.rows, innerMm),
                signaturesTable([block.signature], innerMm),
                new Paragraph({ spacing: { after: 0 }, children: [] }),
              ],
            }),
          ],
        }),
      ],
    }),
  ];
}
