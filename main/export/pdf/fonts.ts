import * as fontkit from 'fontkit';
import { join } from 'node:path';
import { fontsDir } from '../fontsDir';

/** The faces text is set in. */
export type Face = 'regular' | 'bold' | 'italic' | 'boldItalic';

/** The fonts registered with each PDF: Liberation Sans, and DejaVu Sans for what it lacks. */
export const fontFiles = {
  regular: 'LiberationSans-Regular.ttf',
  bold: 'LiberationSans-Bold.ttf',
  italic: 'LiberationSans-Italic.ttf',
  boldItalic: 'LiberationSans-BoldItalic.ttf',
  fallback: 'DejaVuSans.ttf',
  fallbackBold: 'DejaVuSans-Bold.ttf',
} as const;

/** A registered font's name. */
export type FontName = keyof typeof fontFiles;

/** A stretch of text set in one font. */
export interface FontSegment {
  font: FontName;
  text: string;
}

let coverage: Record<FontName, fontkit.Font> | undefined;

function loadCoverage(): Record<FontName, fontkit.Font> {
  if (coverage) return coverage;
  const dir = fontsDir();
  const open = (file: string) => fontkit.openSync(join(dir, file)) as fontkit.Font;
  coverage = {
    regular: open(fontFiles.regular),
    bold: open(fontFiles.bold),
    italic: open(fontFiles.italic),
    boldItalic: open(fontFiles.boldItalic),
    fallback: open(fontFiles.fallback),
    fallbackBold: open(fontFiles.fallbackBold),
  };
  return coverage;
}

/**
 * A parsed font as pdfkit's font source. pdfkit 0.20 takes a fontkit font wherever it takes a
 * font file (its published types, for 0.17, do not say so yet); parsing the six fonts once per
 * process instead of once per export saves most of an export's time.
 */
export function fontSource(name: FontName): string {
  return loadCoverage()[name] as unknown as string;
}

/** Registers the fonts with a document under their names. */
export function registerFonts(doc: PDFKit.PDFDocument): void {
  for (const name of Object.keys(fontFiles) as FontName[]) doc.registerFont(name, fontSource(name));
}

/** The face of a run. */
export function faceOf(look: { bold?: boolean; italic?: boolean }): Face {
  if (look.bold && look.italic) return 'boldItalic';
  if (look.bold) return 'bold';
  return look.italic ? 'italic' : 'regular';
}

/**
 * Splits text into runs of one font each: Liberation Sans where it has the glyph, DejaVu Sans
 * where only it does, and U+FFFD (in DejaVu) for the rest, so no glyph is ever missing — PDF/A
 * forbids showing .notdef, and a reader sees that something could not be set.
 */
export function fontSegments(text: string, face: Face): FontSegment[] {
  const fonts = loadCoverage();
  const fallback: FontName = face === 'bold' || face === 'boldItalic' ? 'fallbackBold' : 'fallback';
  const segments: FontSegment[] = [];
  for (const char of text.replace(/[\u0000-\u0008\u000B-\u001F\u007F]/g, ' ')) {
    const point = char.codePointAt(0) ?? 32;
    let font: FontName = face;
    let shown = char;
    if (point > 32 && !fonts[face].hasGlyphForCodePoint(point)) {
      font = fallback;
      if (!fonts[fallback].hasGlyphForCodePoint(point)) shown = '\uFFFD';
    }
    const last = segments[segments.length - 1];
    if (last && last.font === font) last.text += shown;
    else segments.push({ font, text: shown });
  }
  return segments;
}
