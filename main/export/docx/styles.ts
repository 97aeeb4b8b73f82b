import type { IStylesOptions } from 'docx';
import { layout } from '../layout';
import { halfPoints, pointTwips } from './units';

/** Paragraph style ids of Paragraf's own styles beside Word's headings. */
export const styleIds = { meta: 'ParagrafMeta', lead: 'ParagrafLead', label: 'ParagrafLabel', header: 'ParagrafHeader' } as const;

function heading(level: 1 | 2 | 3) {
  return {
    run: { font: layout.wordFont, size: halfPoints(layout.size[`h${level}`]), bold: true, color: '000000' },
    paragraph: {
      spacing: { before: pointTwips(layout.space.headingBefore[level]), after: pointTwips(layout.space.headingAfter[level]) },
      keepNext: true,
      keepLines: true,
    },
  };
}

/** Real Word styles: Normal in Swedish, Heading 1–3 for the title, the § and their parts. */
export const documentStyles: IStylesOptions = {
  default: {
    document: {
      run: { font: layout.wordFont, size: halfPoints(layout.size.body), language: { value: 'sv-SE' } },
      paragraph: { spacing: { after: pointTwips(layout.space.paragraphAfter), line: 264 } },
    },
    heading1: heading(1),
    heading2: heading(2),
    heading3: heading(3),
  },
  paragraphStyles: [
    {
      id: styleIds.meta,
      name: 'Paragraf uppgift',
      basedOn: 'Normal',
      next: 'Normal',
      run: { size: halfPoints(layout.size.meta) },
      paragraph: { spacing: { after: pointTwips(2) } },
    },
    {
      id: styleIds.lead,
      name: 'Paragraf beslutsinledning',
      basedOn: 'Normal',
      next: 'Normal',
      run: { bold: true },
      paragraph: { spacing: { before: pointTwips(4), after: pointTwips(2) }, keepNext: true },
    },
    {
      id: styleIds.label,
      name: 'Paragraf etikett',
      basedOn: 'Normal',
      run: { bold: true },
      paragraph: { spacing: { after: 0 } },
    },
    {
      id: styleIds.header,
      name: 'Paragraf sidhuvud',
      basedOn: 'Normal',
      run: { size: halfPoints(layout.size.header) },
      paragraph: { spacing: { after: 0 } },
    },
  ],
};
