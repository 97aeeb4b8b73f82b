import { BorderStyle, Paragraph, Table, TableCell, TableRow, TextRun, WidthType } from 'docx';
import { layout, textWidthMm } from '../../layout';
import type { Block, SignatureLine } from '../../model/types';
import { paragraphRuns } from '../runs';
import { styleIds } from '../styles';
import { halfPoints, pointTwips, twips } from '../units';
import { noBorders } from './tableBorders';

const gutter = 10;

function entryCell(entry: SignatureLine | undefined, width: number): TableCell {
  if (!entry) return new TableCell({ width: { size: width, type: WidthType.DXA }, children: [new Paragraph({ children: [] })] });
  const children = [
    new Paragraph({ style: styleIds.label, text: entry.role, keepNext: true }),
    new Paragraph({
      spacing: { before: pointTwips(layout.signatureSpace * 2.83), after: pointTwips(2) },
      border: { bottom: { style: BorderStyle.SINGLE, size: 6, color: '000000', space: 1 } },
      keepNext: true,
      children: [],
    }),
    new Paragraph({ spacing: { after: 0 }, keepNext: true, children: paragraphRuns([[{ text: entry.name }]]) }),
  ];
  if (entry.paragraphs) {
    children.push(
      new Paragraph({
        spacing: { after: pointTwips(8) },
        children: [new TextRun({ text: 'Paragrafer ', bold: true, size: halfPoints(layout.size.meta) }), new TextRun({ text: entry.paragraphs, size: halfPoints(layout.size.meta) })],
      }),
    );
  }
  return new TableCell({ width: { size: width, type: WidthType.DXA }, margins: { right: twips(gutter) }, children });
}

/** Signature lines `widthMm` wide, two signers to a row. */
export function signaturesTable(lines: SignatureLine[], widthMm: number): Table {
  const width = Math.floor(twips(widthMm) / 2);
  const rows: TableRow[] = [];
  for (let index = 0; index < lines.length; index += 2) {
    rows.push(new TableRow({ cantSplit: true, children: [entryCell(lines[index], width), entryCell(lines[index + 1], width)] }));
  }
  return new Table({ width: { size: width * 2, type: WidthType.DXA }, columnWidths: [width, width], borders: noBorders, rows });
}

/** Signature lines, two signers to a row: role, a line to sign on, the printed name, the § signed for. */
export function writeSignatures(block: Extract<Block, { kind: 'signatures' }>): Table[] {
  return [signaturesTable(block.lines, textWidthMm)];
}
