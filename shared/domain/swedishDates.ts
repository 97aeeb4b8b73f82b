import { daysInMonth } from './dates';

/** Swedish month names, January first, as minutes write them. */
export const swedishMonthNames = [
  'januari', 'februari', 'mars', 'april', 'maj', 'juni',
  'juli', 'augusti', 'september', 'oktober', 'november', 'december',
] as const;

/** Which year a date typed without one falls in: the next such date, or the one nearest today. */
export type YearChoice = 'future' | 'nearest';

/** What the parser needs besides the text: today's date (YYYY-MM-DD) and how to pick a missing year. */
export interface SwedishDateOptions {
  today: string;
  year?: YearChoice;
}

/** A date (and perhaps a time or a time range) read from Swedish text, or why it could not be. */
export type SwedishDateResult =
  | { ok: true; date: string; time: string; endTime: string }
  | { ok: false; reason: 'empty' | 'unreadable' }
  | { ok: false; reason: 'noSuchDate'; year: number; month: number; day: number; daysInMonth: number }
  | { ok: false; reason: 'noSuchMonth'; month: number }
  | { ok: false; reason: 'noSuchTime'; time: string };

const monthAbbreviations: Record<string, number> = {
  jan: 1, feb: 2, febr: 2, mar: 3, apr: 4, jun: 6, jul: 7, aug: 8, sep: 9, sept: 9, okt: 10, nov: 11, dec: 12,
};

const weekdays = /^(?:måndag(?:en)?|tisdag(?:en)?|onsdag(?:en)?|torsdag(?:en)?|fredag(?:en)?|lördag(?:en)?|söndag(?:en)?|mån|tis|ons|tor|tors|fre|lör|sön)\.?,?\s+/;

function monthFromName(word: string): number | null {
  const name = word.replace(/\.$/, '');
  const full = swedishMonthNames.indexOf(name as (typeof swedishMonthNames)[number]);
  if (full !== -1) return full + 1;
  return monthAbbreviations[name] ?? null;
}

interface DateParts {
  day: number;
  month: number;
  year: number | null;
}

function fullYear(text: string | undefined): number | null {
  if (text === undefined) return null;
  const year = Number(text);
  return text.length === 2 ? 2000 + year : year;
}

function readDateParts(text: string, today: string): DateParts | null {
  const [todayYear, todayMonth, todayDay] = today.split('-').map(Number) as [number, number, number];
  if (text === 'idag' || text === 'i dag') return { day: todayDay, month: todayMonth, year: todayYear };
  if (text === 'imorgon' || text === 'i morgon') {
    const next = new Date(Date.UTC(todayYear, todayMonth - 1, todayDay + 1));
    return { day: next.getUTCDate(), month: next.getUTCMonth() + 1, year: next.getUTCFullYear() };
  }
  const iso = /^(\d{4})-(\d{1,2})-(\d{1,2})$/.exec(text) ?? /^(\d{4})(\d{2})(\d{2})$/.exec(text);
  if (iso) return { year: Number(iso[1]), month: Number(iso[2]), day: Number(iso[3]) };
  const numeric = /^(\d{1,2})\s*\/\s*(\d{1,2})(?:\s*[/ -]\s*(\d{4}|\d{2}))?$/.exec(text);
  if (numeric) return { day: Number(numeric[1]), month: Number(numeric[2]), year: fullYear(numeric[3]) };
  const named = /^(\d{1,2})(?::[ae])?\.?\s*([a-zåäö]+\.?)(?:\s+(\d{4}))?$/.exec(text);
  if (named) {
    const month = monthFromName(named[2]!);
    if (month === null) return null;
    return { day: Number(named[1]), month, year: fullYear(named[3]) };
  }
  return null;
}

/** Reads a time of day the Swedish way: "9", "09", "9.30", "9:30", "0930", "18.30". Null when it is not one. */
export function parseSwedishTime(input: string): string | null {
  const text = input.trim().toLowerCase().replace(/^(?:klockan|kl\.?)\s*/, '');
  const match = /^(\d{1,2})(?:[.:](\d{2}))?$/.exec(text) ?? /^(\d{2})(\d{2})$/.exec(text);
  if (!match) return null;
  const hours = Number(match[1]);
  const minutes = Number(match[2] ?? '0');
  if (hours > 23 || minutes > 59) return null;
  return `${String(hours).padStart(2, '0')}:${String(minutes).padStart(2, '0')}`;
}

function isoDate(year: number, month: number, day: number): string {
  return `${String(year).padStart(4, '0')}-${String(month).padStart(2, '0')}-${String(day).padStart(2, '0')}`;
}

function pickYear(parts: DateParts, today: string, choice: YearChoice): number {
  if (parts.year !== null) return parts.year;
  const thisYear = Number(today.slice(0, 4));
  const candidates = [thisYear - 1, thisYear, thisYear + 1].filter((year) => parts.day <= daysInMonth(year, parts.month));
  const distance = (year: number) => Date.UTC(year, parts.month - 1, parts.day) - Date.parse(`${today}T00:00:00Z`);
  if (choice === 'future') return candidates.find((year) => distance(year) >= 0) ?? thisYear + 1;
  return candidates.reduce((best, year) => (Math.abs(distance(year)) < Math.abs(distance(best)) ? year : best), thisYear);
}

/** Splits "27 april kl 9–11" into the date text and the time text ("9–11"), if any. */
function splitTime(text: string): { dateText: string; timeText: string } {
  const withWord = /^(.*?)[\s,]*(?:klockan|kl\.?)\s*(.+)$/.exec(text);
  if (withWord) return { dateText: withWord[1]!.trim(), timeText: withWord[2]!.trim() };
  const trailing = /^(.*\S)\s+(\d{1,2}[.:]\d{2}(?:\s*-\s*\d{1,2}(?:[.:]\d{2})?)?)$/.exec(text);
  if (trailing) return { dateText: trailing[1]!, timeText: trailing[2]! };
  return { dateText: text, timeText: '' };
}

/**
 * Reads a date typed the Swedish way: "27/4", "27/4 2027", "27 april", "27 apr", "den 27 april",
 * "måndag 27 april kl 9", "27 april kl 18.30–20.30", "2027-03-31", "idag". A date without a year
 * falls in the year the option says. An impossible date ("31/2") is reported with the facts a
 * message needs, never moved to another day.
 */
export function parseSwedishDate(input: string, options: SwedishDateOptions): SwedishDateResult {
  const text = input
    .trim()
    .toLowerCase()
    .replace(/[\u2013\u2014\u2212]/g, '-')
    .replace(/\s+/g, ' ')
    .replace(/^den\s+/, '')
    .replace(weekdays, '')
    .replace(/^den\s+/, '');
  if (text === '') return { ok: false, reason: 'empty' };
  const { dateText, timeText } = splitTime(text);
  const parts = readDateParts(dateText, options.today);
  if (!parts) return { ok: false, reason: 'unreadable' };
  if (parts.month < 1 || parts.month > 12) return { ok: false, reason: 'noSuchMonth', month: parts.month };
  const year = pickYear(parts, options.today, options.year ?? 'nearest');
  if (year < 1900 || year > 2200) return { ok: false, reason: 'unreadable' };
  const days = daysInMonth(year, parts.month);
  if (parts.day < 1 || parts.day > days) {
    return { ok: false, reason: 'noSuchDate', year, month: parts.month, day: parts.day, daysInMonth: days };
  }
  const [startText, endText] = timeText === '' ? ['', ''] : timeText.split(/\s*-\s*/);
  const time = startText ? parseSwedishTime(startText) : '';
  if (time === null) return { ok: false, reason: 'noSuchTime', time: startText ?? '' };
  const endTime = endText ? parseSwedishTime(endText) : '';
  if (endTime === null) return { ok: false, reason: 'noSuchTime', time: endText ?? '' };
  return { ok: true, date: isoDate(year, parts.month, parts.day), time, endTime };
}
