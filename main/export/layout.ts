/** The look both exports share, so the Word file and the PDF break and read alike. */
export const layout = {
  /** A4, in millimetres. */
  page: { width: 210, height: 297 },
  /** Margins in millimetres; the left one leaves room for binding, the top one for the page header. */
  margins: { top: 40, bottom: 25, left: 25, right: 20 },
  /** Where the page header starts, from the top edge, in millimetres. */
  headerTop: 12,
  /** Where the footer's baseline area starts, from the bottom edge, in millimetres. */
  footerBottom: 10,
  /** Font sizes in points. */
  size: { body: 11, meta: 10, header: 9, footer: 8, h1: 16, h2: 12.5, h3: 11 },
  /** Space before and after blocks, in points. */
  space: { paragraphAfter: 6, headingBefore: { 1: 0, 2: 14, 3: 8 }, headingAfter: { 1: 10, 2: 4, 3: 2 } },
  /** Share of the text width the labels of a facts table take at least and at most. */
  labelShare: { min: 0.25, max: 0.45 },
  /** Left indent of a list level and the hanging marker width, in millimetres. */
  list: { indent: 10, hanging: 8 },
  /** Space between a table cell's border and its text, in points: facts tables, and grids. */
  cellPadding: { fields: 2, grid: 1.5 },
  /** Height of the space to sign in above a signature line, in millimetres. */
  signatureSpace: 15,
  /** The font Word files name (metric-compatible with the Liberation Sans the PDF embeds). */
  wordFont: 'Arial',
} as const;

/** Points in a millimetre. */
export const pointsPerMm = 72 / 25.4;

/** The width of the text area, in millimetres. */
export const textWidthMm = layout.page.width - layout.margins.left - layout.margins.right;

/** Points per character of bold 11-point text, on average: enough to size a label column alike in both formats. */
const pointsPerCharacter = 0.6 * 11;

/**
 * The share of the text width a facts table gives its labels: as wide as its longest label
 * ("Förvaringsplats för protokollet") so labels stay on one line, within limits. Word and the
 * PDF both use it, so their tables break alike.
 */
export function labelShareFor(labels: string[]): number {
  const longest = Math.max(0, ...labels.map((label) => label.length));
  const share = (longest * pointsPerCharacter + 12) / (textWidthMm * pointsPerMm);
  return Math.min(layout.labelShare.max, Math.max(layout.labelShare.min, share));
}
