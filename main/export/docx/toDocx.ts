import { Document, Packer, type Paragraph, type Table } from 'docx';
import { layout } from '../layout';
import type { Block, PageModel } from '../model/types';
import type { DocxWriteContext } from './blocks/context';
import { writeBox } from './blocks/box';
import { writeFields } from './blocks/fields';
import { writeGrid } from './blocks/grid';
import { writeHeading } from './blocks/heading';
import { writeList } from './blocks/list';
import { writePageBreak } from './blocks/pageBreak';
import { writeParagraph } from './blocks/paragraph';
import { writeSignatures } from './blocks/signatures';
import { corePropertiesXml } from './coreProperties';
import { documentNumbering } from './numbering';
import { adjusterFooter } from './pageFooter';
import { pageHeader } from './pageHeader';
import { documentStyles } from './styles';
import { twips } from './units';

type BlockWriter<K extends Block['kind']> = (block: Extract<Block, { kind: K }>, ctx: DocxWriteContext) => (Paragraph | Table)[];

/** One writer per kind of block: the Word side of the page model. */
const blockWriters: { [K in Block['kind']]: BlockWriter<K> } = {
  heading: writeHeading,
  paragraph: writeParagraph,
  list: writeList,
  fields: writeFields,
  grid: writeGrid,
  signatures: writeSignatures,
  box: writeBox,
  pageBreak: writePageBreak,
};

function writeBlock<K extends Block['kind']>(block: Extract<Block, { kind: K }>, ctx: DocxWriteContext): (Paragraph | Table)[] {
  return (blockWriters[block.kind] as BlockWriter<K>)(block, ctx);
}

/** Writes the page model as a Word document (.docx): styles, numbering, fields and properties. */
export async function toDocx(model: PageModel, created: Date = new Date()): Promise<Buffer> {
  let instance = 0;
  const ctx: DocxWriteContext = { nextListInstance: () => ++instance };
  const children = model.blocks.flatMap((block) => writeBlock(block, ctx));
  const document = new Document({
    title: model.properties.title,
    subject: model.properties.subject,
    creator: model.properties.author,
    keywords: model.properties.keywords.join(', '),
    lastModifiedBy: 'Paragraf',
    styles: documentStyles,
    numbering: documentNumbering,
    sections: [
      {
        properties: {
          page: {
            size: { width: twips(layout.page.width), height: twips(layout.page.height) },
            margin: {
              top: twips(layout.margins.top),
              bottom: twips(layout.margins.bottom),
              left: twips(layout.margins.left),
              right: twips(layout.margins.right),
              header: twips(layout.headerTop),
              footer: twips(layout.footerBottom),
            },
          },
        },
        headers: { default: pageHeader(model.header) },
        footers: model.adjusterFooter ? { default: adjusterFooter(model.adjusterFooter.boxes) } : undefined,
        children,
      },
    ],
  });
  return Packer.toBuffer(document, false, [{ path: 'docProps/core.xml', data: corePropertiesXml(model.properties, created) }]);
}
