/** The § number of the agenda item at a position (0-based) when the meeting starts at `first`. */
export function paragraphNumber(first: number, index: number): number {
  return first + index;
}

/** The § range a meeting covers, as minutes write it: "§ 94 – § 115" (or "§ 7" for one). */
export function paragraphRange(first: number, count: number): string {
  if (count <= 1) return `§ ${first}`;
  return `§ ${first} – § ${first + count - 1}`;
}
