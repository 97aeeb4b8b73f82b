import { BorderStyle, Paragraph, Table, TableCell, TableRow, WidthType } from 'docx';
import { layout, textWidthMm } from '../../layout';
import type { Block } from '../../model/types';
import { paragraphRuns } from '../runs';
import { styleIds } from '../styles';
import { pointTwips, twips } from '../units';
import { noBorders } from './tableBorders';

/** Signature lines: the role, a line to sign on, the printed name, and the § each signs for. */
export function writeSignatures(block: Extract<Block, { kind: 'signatures' }>): Table[] {
  const left = twips(textWidthMm * 0.6);
  const right = twips(textWidthMm) - left;
  return [
    new Table({
      width: { size: twips(textWidthMm), type: WidthType.DXA },
      columnWidths: [left, right],
      borders: noBorders,
      rows: block.lines.map(
        (line) =>
          new TableRow({
            cantSplit: true,
            children: [
              new TableCell({
                width: { size: left, type: WidthType.DXA },
                children: [
                  new Paragraph({ style: styleIds.label, text: line.role, keepNext: true }),
                  new Paragraph({
                    spacing: { before: pointTwips(layout.signatureSpace * 2.83), after: pointTwips(2) },
                    border: { bottom: { style: BorderStyle.SINGLE, size: 6, color: '000000', space: 1 } },
                    indent: { right: twips(15) },
                    keepNext: true,
                    children: [],
                  }),
                  new Paragraph({ spacing: { after: pointTwips(10) }, children: paragraphRuns([[{ text: line.name }]]) }),
                ],
              }),
              new TableCell({
                width: { size: right, type: WidthType.DXA },
                children: line.paragraphs
                  ? [
                      new Paragraph({ style: styleIds.label, text: 'Paragrafer' }),
                      new Paragraph({ children: paragraphRuns([[{ text: line.paragraphs }]]) }),
                    ]
                  : [new Paragraph({ children: [] })],
              }),
            ],
          }),
      ),
    }),
  ];
}
