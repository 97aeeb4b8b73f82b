import type { MinutesDocument } from '../document/types';

/** The § number of the agenda item at a position (0-based) when the meeting starts at `first`. */
export function paragraphNumber(first: number, index: number): number {
  return first + index;
}

/** The § range a meeting covers, as minutes write it: "§ 94 – § 115" (or "§ 7" for one). */
export function paragraphRange(first: number, count: number): string {
  if (count <= 1) return `§ ${first}`;
  return `§ ${first} – § ${first + count - 1}`;
}

/** The ids of the agenda items in document order. */
export function agendaItemIds(document: MinutesDocument): string[] {
  return document.content
    .filter((node) => node.type === 'agendaItem')
    .map((node) => String(node.attrs?.id ?? ''));
}

/** The § number of every agenda item, by item id. */
export function itemNumbers(document: MinutesDocument, first: number): Map<string, number> {
  return new Map(agendaItemIds(document).map((id, index) => [id, paragraphNumber(first, index)]));
}
