import { layout, pointsPerMm } from '../../layout';
import type { Block, SignatureLine } from '../../model/types';
import { ensureSpace, type PdfWriteContext } from '../pdfContext';
import { element, tagged } from '../structure';
import { drawLines, lineHeight } from '../text';
import { horizontalRule } from './rules';

function entryHeight(ctx: PdfWriteContext): number {
  const line = lineHeight(ctx, { size: layout.size.body });
  return line * 2 + layout.signatureSpace * pointsPerMm + 14;
}

function drawEntry(entry: SignatureLine, table: PDFKit.PDFStructureElement, ctx: PdfWriteContext): void {
  const { doc, box } = ctx;
  const leftWidth = box.width * 0.6;
  ensureSpace(ctx, entryHeight(ctx));
  const top = doc.y;
  const row = element(ctx, table, 'TR');
  const who = element(ctx, row, 'TD');
  tagged(ctx, who, 'TD', () => drawLines(ctx, [[{ text: entry.role, bold: true }]], box.left, leftWidth, { size: layout.size.body }));
  const lineY = doc.y + layout.signatureSpace * pointsPerMm;
  horizontalRule(ctx, lineY, box.left, box.left + leftWidth - 15 * pointsPerMm, '#000000');
  doc.y = lineY + 3;
  // An unnamed signer gets an empty line to print their name on.
  if (entry.name) tagged(ctx, who, 'TD', () => drawLines(ctx, [[{ text: entry.name }]], box.left, leftWidth, { size: layout.size.body }));
  who.end();
  const bottom = Math.max(doc.y, lineY + 3 + lineHeight(ctx, { size: layout.size.body }));
  if (entry.paragraphs) {
    const paragraphs = element(ctx, row, 'TD');
    doc.y = top;
    tagged(ctx, paragraphs, 'TD', () =>
      drawLines(ctx, [[{ text: 'Paragrafer', bold: true }], [{ text: entry.paragraphs }]], box.left + leftWidth, box.width - leftWidth, { size: layout.size.body }),
    );
    paragraphs.end();
  }
  row.end();
  doc.y = bottom + 10;
}

/** Signature lines as a table: role, a line to sign on, the printed name, and the § signed for. */
export function drawSignatures(block: Extract<Block, { kind: 'signatures' }>, ctx: PdfWriteContext): void {
  const table = element(ctx, ctx.root, 'Table', { alt: 'Underskrifter' });
  for (const entry of block.lines) drawEntry(entry, table, ctx);
  table.end();
  ctx.doc.y += layout.space.paragraphAfter;
}
