import { AlignmentType, BorderStyle, Header, PageNumber, Paragraph, Table, TableCell, TableRow, TextRun, WidthType } from 'docx';
import { textWidthMm } from '../layout';
import type { PageHeader } from '../model/types';
import { styleIds } from './styles';
import { twips } from './units';
import { noBorders } from './blocks/tableBorders';

function cell(width: number, children: Paragraph[]): TableCell {
  return new TableCell({ width: { size: width, type: WidthType.DXA }, children });
}

function line(text: string, bold = false, alignment?: (typeof AlignmentType)[keyof typeof AlignmentType]): Paragraph {
  return new Paragraph({ style: styleIds.header, alignment, children: [new TextRun({ text, bold })] });
}

/**
 * The header on every page: organisation and body, the document's name and date, and
 * "Sida X(Y)" from Word's own PAGE and NUMPAGES fields, so the count is always right.
 */
export function pageHeader(header: PageHeader): Header {
  const widths = [0.45, 0.35, 0.2].map((share) => twips(textWidthMm * share));
  const page = new Paragraph({
    style: styleIds.header,
    alignment: AlignmentType.RIGHT,
    children: [new TextRun({ children: ['Sida ', PageNumber.CURRENT, '(', PageNumber.TOTAL_PAGES, ')'] })],
  });
  const thin = { style: BorderStyle.SINGLE, size: 4, color: '808080' };
  return new Header({
    children: [
      new Table({
        width: { size: twips(textWidthMm), type: WidthType.DXA },
        columnWidths: widths,
        borders: { ...noBorders, bottom: thin },
        rows: [
          new TableRow({
            children: [
              cell(widths[0]!, [line(header.organisation, true), line(header.body)]),
              cell(widths[1]!, [line(header.documentTitle, true), line(`${header.dateLabel} ${header.date}`)]),
              cell(widths[2]!, [page]),
            ],
          }),
        ],
      }),
    ],
  });
}
