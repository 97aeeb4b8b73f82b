import { AlignmentType, BorderStyle, Footer, Paragraph, Table, TableCell, TableRow, TextRun, WidthType } from 'docx';
import { layout } from '../layout';
import { styleIds } from './styles';
import { twips } from './units';
import { noBorders } from './blocks/tableBorders';

/** "Justerandes signatur" and a box per signer at the foot of every page, as paper minutes have. */
export function adjusterFooter(boxes: number): Footer {
  const box = { style: BorderStyle.SINGLE, size: 4, color: '000000' };
  const boxWidth = twips(18);
  const labelWidth = twips(40);
  return new Footer({
    children: [
      new Table({
        alignment: AlignmentType.RIGHT,
        width: { size: labelWidth + boxWidth * boxes, type: WidthType.DXA },
        columnWidths: [labelWidth, ...Array.from({ length: boxes }, () => boxWidth)],
        borders: noBorders,
        rows: [
          new TableRow({
            height: { value: twips(9), rule: 'atLeast' },
            children: [
              new TableCell({
                width: { size: labelWidth, type: WidthType.DXA },
                children: [
                  new Paragraph({
                    style: styleIds.header,
                    alignment: AlignmentType.RIGHT,
                    children: [new TextRun({ text: 'Justerandes signatur', size: layout.size.footer * 2 })],
                  }),
                ],
              }),
              ...Array.from(
                { length: boxes },
                () =>
                  new TableCell({
                    width: { size: boxWidth, type: WidthType.DXA },
                    borders: { top: box, bottom: box, left: box, right: box },
                    children: [new Paragraph({ style: styleIds.header, children: [] })],
                  }),
              ),
            ],
          }),
        ],
      }),
    ],
  });
}
