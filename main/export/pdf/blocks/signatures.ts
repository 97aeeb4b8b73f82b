import { layout, pointsPerMm } from '../../layout';
import type { Block, SignatureLine } from '../../model/types';
import { ensureSpace, type PdfWriteContext } from '../pdfContext';
import { element, tagged } from '../structure';
import { drawLines, lineHeight } from '../text';
import { horizontalRule } from './rules';

const gutter = 10 * pointsPerMm;

function entryHeight(ctx: PdfWriteContext): number {
  return lineHeight(ctx, { size: layout.size.body }) * 2 + lineHeight(ctx, { size: layout.size.meta }) + layout.signatureSpace * pointsPerMm + 16;
}

/** One signer in a cell: the role, a line to sign on, the printed name, and the § signed for. */
function drawEntry(entry: SignatureLine, row: PDFKit.PDFStructureElement, ctx: PdfWriteContext, x: number, width: number, top: number): number {
  const { doc } = ctx;
  const cell = element(ctx, row, 'TD');
  doc.y = top;
  tagged(ctx, cell, 'TD', () => drawLines(ctx, [[{ text: entry.role, bold: true }]], x, width, { size: layout.size.body }));
  const lineY = doc.y + layout.signatureSpace * pointsPerMm;
  horizontalRule(ctx, lineY, x, x + width, '#000000');
  doc.y = lineY + 3;
  // An unnamed signer gets an empty line to print their name on.
  const lines = [entry.name ? [{ text: entry.name }] : [{ text: ' ' }]];
  tagged(ctx, cell, 'TD', () => drawLines(ctx, lines, x, width, { size: layout.size.body }));
  if (entry.paragraphs) {
    tagged(ctx, cell, 'TD', () => drawLines(ctx, [[{ text: 'Paragrafer ', bold: true }, { text: entry.paragraphs }]], x, width, { size: layout.size.meta }));
  }
  cell.end();
  return doc.y;
}

/** The height signature lines take, to keep a framed section on one page. */
export function signaturesHeight(block: Extract<Block, { kind: 'signatures' }>, ctx: PdfWriteContext): number {
  return Math.ceil(block.lines.length / 2) * (entryHeight(ctx) + 12) + layout.space.paragraphAfter;
}

/** Signature lines, two signers to a row as Swedish minutes set them: a table (TR, TD) for readers. */
export function drawSignatures(block: Extract<Block, { kind: 'signatures' }>, ctx: PdfWriteContext): void {
  const { doc, box } = ctx;
  const width = (box.width - gutter) / 2;
  const table = element(ctx, ctx.root, 'Table', { alt: 'Underskrifter' });
  for (let index = 0; index < block.lines.length; index += 2) {
    ensureSpace(ctx, entryHeight(ctx));
    const top = doc.y;
    const row = element(ctx, table, 'TR');
    const ends = block.lines.slice(index, index + 2).map((entry, column) => drawEntry(entry, row, ctx, box.left + column * (width + gutter), width, top));
    row.end();
    doc.y = Math.max(...ends) + 12;
  }
  table.end();
  doc.y += layout.space.paragraphAfter;
}
