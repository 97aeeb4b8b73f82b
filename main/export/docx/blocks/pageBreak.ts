import { PageBreak, Paragraph } from 'docx';

/** A hard page break: a municipal body's items start on the page after the first. */
export function writePageBreak(): Paragraph[] {
  return [new Paragraph({ children: [new PageBreak()] })];
}
