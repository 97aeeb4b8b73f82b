import PDFDocument from 'pdfkit';
import type { Block, PageModel } from '../model/types';
import { drawBox } from './blocks/box';
import { drawFields } from './blocks/fields';
import { drawGrid } from './blocks/grid';
import { drawHeading } from './blocks/heading';
import { drawList } from './blocks/list';
import { drawPageBreak } from './blocks/pageBreak';
import { drawParagraph } from './blocks/paragraph';
import { drawSignatures } from './blocks/signatures';
import { fontSource, registerFonts } from './fonts';
import { drawPageFurniture } from './pageFurniture';
import { textBox, type PdfWriteContext } from './pdfContext';
import { xmpDescription } from './xmp';

type BlockDrawer<K extends Block['kind']> = (block: Extract<Block, { kind: K }>, ctx: PdfWriteContext) => void;

/** One drawer per kind of block: the PDF side of the page model. */
const blockDrawers: { [K in Block['kind']]: BlockDrawer<K> } = {
  heading: drawHeading,
  paragraph: drawParagraph,
  list: drawList,
  fields: drawFields,
  grid: drawGrid,
  signatures: drawSignatures,
  box: drawBox,
  pageBreak: drawPageBreak,
};

function drawBlock<K extends Block['kind']>(block: Extract<Block, { kind: K }>, ctx: PdfWriteContext): void {
  (blockDrawers[block.kind] as BlockDrawer<K>)(block, ctx);
}

/** The producer named in the file's properties. */
export const pdfProducer = 'Paragraf (pdfkit)';

/**
 * Writes the page model as an archival PDF: PDF/A-2b with XMP metadata and an sRGB output
 * intent, every font embedded, tagged (headings, lists, tables, Lang sv-SE) for screen readers.
 */
export function toPdf(model: PageModel, created: Date = new Date()): Promise<Buffer> {
  const box = textBox();
  const doc = new PDFDocument({
    size: 'A4',
    // pdfkit flows long text onto a new page at the bottom margin, clear of the footer.
    margins: { top: box.top, bottom: box.pageHeight - box.bottom, left: box.left, right: box.pageWidth - box.right },
    pdfVersion: '1.7',
    subset: 'PDF/A-2b',
    tagged: true,
    lang: model.properties.language,
    displayTitle: true,
    bufferPages: true,
    // The first font pdfkit sets is its default; an embedded one keeps Helvetica (never embedded) out.
    font: fontSource('regular'),
    info: {
      Title: model.properties.title,
      Author: model.properties.author,
      Subject: model.properties.subject,
      Keywords: model.properties.keywords.join(', '),
      Creator: 'Paragraf',
      Producer: pdfProducer,
      CreationDate: created,
      ModDate: created,
    },
  });
  // pdfkit writes its own XMP description with unescaped values; ours is escaped and complete.
  Object.assign(doc, { _addInfo: () => doc.appendXML(xmpDescription(model.properties, created, pdfProducer)) });
  registerFonts(doc);
  const chunks: Buffer[] = [];
  const done = new Promise<Buffer>((resolve, reject) => {
    doc.on('data', (chunk: Buffer) => chunks.push(chunk));
    doc.on('end', () => resolve(Buffer.concat(chunks)));
    doc.on('error', reject);
  });
  const root = doc.struct('Document', { lang: model.properties.language, title: model.properties.title });
  doc.addStructure(root);
  const ctx: PdfWriteContext = { doc, root, box };
  doc.x = box.left;
  doc.y = box.top;
  for (const block of model.blocks) drawBlock(block, ctx);
  root.end();
  drawPageFurniture(ctx, model);
  doc.end();
  return done;
}
