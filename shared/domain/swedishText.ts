import { formatSwedishDate } from './dates';

const weekdays = ['söndag', 'måndag', 'tisdag', 'onsdag', 'torsdag', 'fredag', 'lördag'];

/** Names as running Swedish text: "Anna", "Anna och Erik", "Anna, Erik och Maria". */
export function joinNames(names: string[]): string {
  const clean = names.map((name) => name.trim()).filter(Boolean);
  if (clean.length <= 1) return clean[0] ?? '';
  return `${clean.slice(0, -1).join(', ')} och ${clean[clean.length - 1]}`;
}

/** A time of day as Swedish minutes print it: "18.30". */
export function swedishTime(time: string): string {
  return time.replace(':', '.');
}

/** "kl. 18.30–20.45", "kl. 18.30", or '' when no time is known. */
export function timeSpan(start: string, end: string): string {
  if (!start) return '';
  return end ? `kl. ${swedishTime(start)}–${swedishTime(end)}` : `kl. ${swedishTime(start)}`;
}

/** "torsdag 12 november 2026" for a date written YYYY-MM-DD; the text itself when it is not one. */
export function dateWithWeekday(isoDate: string): string {
  const match = /^(\d{4})-(\d{2})-(\d{2})$/.exec(isoDate);
  if (!match) return isoDate;
  const day = new Date(Date.UTC(Number(match[1]), Number(match[2]) - 1, Number(match[3]))).getUTCDay();
  return `${weekdays[day]} ${formatSwedishDate(isoDate)}`;
}

/** The Swedish genitive of a name: "Annas", but "Lars" and "Max" stay as they are. */
export function genitive(name: string): string {
  return /[sxz]$/i.test(name.trim()) ? name.trim() : `${name.trim()}s`;
}

/** A sentence ends with a full stop unless it already ends with punctuation. */
export function withFullStop(text: string): string {
  const trimmed = text.trimEnd();
  if (trimmed === '' || /[.!?:…]$/.test(trimmed)) return trimmed;
  return `${trimmed}.`;
}

/** When and where, as minutes write it: "torsdag 14 januari 2027 kl. 18.30–20.30, Föreningslokalen"; '' when nothing is known. */
export function whenAndWhere(date: string, startTime: string, endTime: string, place: string): string {
  const when = [date ? dateWithWeekday(date) : '', timeSpan(startTime, endTime)].filter(Boolean).join(' ');
  return [when, place.trim()].filter(Boolean).join(', ');
}
