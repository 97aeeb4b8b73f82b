/** Twips (twentieths of a point) in a millimetre: Word measures pages and indents in twips. */
export function twips(mm: number): number {
  return Math.round((mm * 1440) / 25.4);
}

/** Word's half-points for a font size in points. */
export function halfPoints(points: number): number {
  return Math.round(points * 2);
}

/** Twips for a distance in points. */
export function pointTwips(points: number): number {
  return Math.round(points * 20);
}
