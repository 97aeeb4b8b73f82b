import type { Line } from '../model/types';
import { faceOf, fontSegments, type Face } from './fonts';
import type { PdfWriteContext } from './pdfContext';

/** How lines are set: size, extra space between lines, and a face every run at least has. */
export interface TextStyle {
  size: number;
  lineGap?: number;
  bold?: boolean;
}

function runFace(run: { bold?: boolean; italic?: boolean }, style: TextStyle): Face {
  return faceOf({ bold: run.bold || style.bold, italic: run.italic });
}

/** The height lines take when set in `width` points: measured in the widest face they use. */
export function measureLines(ctx: PdfWriteContext, lines: Line[], width: number, style: TextStyle): number {
  const { doc } = ctx;
  let height = 0;
  for (const line of lines) {
    const text = line.map((run) => run.text).join('') || ' ';
    const bold = style.bold || line.some((run) => run.bold);
    doc.font(bold ? 'bold' : 'regular').fontSize(style.size);
    height += doc.heightOfString(text, { width, lineGap: style.lineGap ?? 1 });
  }
  return height;
}

/** The height of one line of text. */
export function lineHeight(ctx: PdfWriteContext, style: TextStyle): number {
  ctx.doc.font(style.bold ? 'bold' : 'regular').fontSize(style.size);
  return ctx.doc.currentLineHeight(true) + (style.lineGap ?? 1);
}

/**
 * Sets lines at `x` from the current position, each run in its face and each character in a font
 * that has it; long text wraps in `width` and continues on new pages as pdfkit flows it.
 */
export function drawLines(ctx: PdfWriteContext, lines: Line[], x: number, width: number, style: TextStyle): void {
  const { doc } = ctx;
  for (const line of lines) {
    const segments = line.flatMap((run) => fontSegments(run.text, runFace(run, style)));
    if (segments.length === 0 || segments.every((segment) => segment.text === '')) {
      doc.font('regular').fontSize(style.size).text(' ', x, doc.y, { width, lineGap: style.lineGap ?? 1 });
      continue;
    }
    segments.forEach((segment, index) => {
      const continued = index < segments.length - 1;
      doc.font(segment.font).fontSize(style.size);
      if (index === 0) doc.text(segment.text, x, doc.y, { width, continued, lineGap: style.lineGap ?? 1 });
      else doc.text(segment.text, { continued, lineGap: style.lineGap ?? 1 });
    });
  }
}
