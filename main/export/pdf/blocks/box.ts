import { layout, pointsPerMm } from '../../layout';
import type { Block } from '../../model/types';
import { ensureSpace, type PdfWriteContext } from '../pdfContext';
import { element } from '../structure';
import { lineHeight, measureLines } from '../text';
import { drawFields, fieldsHeight } from './fields';
import { drawHeading } from './heading';
import { drawParagraph } from './paragraph';
import { outline } from './rules';
import { drawSignatures, signaturesHeight } from './signatures';

const inset = 4 * pointsPerMm;

/**
 * A framed section (Sect) kept on one page: its title (H2), text, facts and signature line, drawn
 * with the same drawers as the rest inside a narrower text box, then framed as an artifact.
 */
export function drawBox(block: Extract<Block, { kind: 'box' }>, ctx: PdfWriteContext): void {
  const inner = { ...ctx.box, left: ctx.box.left + inset, right: ctx.box.right - inset, width: ctx.box.width - 2 * inset };
  const section = element(ctx, ctx.root, 'Sect');
  const boxed: PdfWriteContext = { ...ctx, root: section, box: inner };
  const title: Extract<Block, { kind: 'heading' }> = { kind: 'heading', level: 2, text: block.title };
  const intro: Extract<Block, { kind: 'paragraph' }> = { kind: 'paragraph', style: 'body', lines: [[{ text: block.intro }]] };
  const fields: Extract<Block, { kind: 'fields' }> = { kind: 'fields', rows: block.rows };
  const signature: Extract<Block, { kind: 'signatures' }> = { kind: 'signatures', lines: [block.signature] };
  const height =
    2 * inset +
    measureLines(boxed, [[{ text: block.title }]], inner.width, { size: layout.size.h2, bold: true }) +
    layout.space.headingAfter[2] +
    measureLines(boxed, intro.lines, inner.width, { size: layout.size.body }) +
    layout.space.paragraphAfter +
    fieldsHeight(fields, boxed) +
    signaturesHeight(signature, boxed);
  ensureSpace(ctx, Math.min(height + layout.space.headingBefore[2], ctx.box.bottom - ctx.box.top));
  ctx.doc.y += layout.space.headingBefore[2];
  const top = ctx.doc.y;
  ctx.doc.y += inset;
  drawHeading(title, { ...boxed, box: { ...inner, top: ctx.doc.y } });
  drawParagraph(intro, boxed);
  drawFields(fields, boxed);
  drawSignatures(signature, boxed);
  section.end();
  const bottom = Math.min(ctx.doc.y + inset - lineHeight(ctx, { size: layout.size.body }), ctx.box.bottom);
  outline(ctx, ctx.box.left, top, ctx.box.width, bottom - top);
  ctx.doc.y = bottom + layout.space.paragraphAfter;
}
