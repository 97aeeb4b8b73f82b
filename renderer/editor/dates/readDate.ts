import { isValidIsoDate, formatSwedishDate, todayIso } from '../../../shared/domain/dates';
import { parseSwedishDate, type SwedishDateResult, type YearChoice } from '../../../shared/domain/swedishDates';

/** Reads what was typed in a date field, relative to the meeting's clock. */
export function readDate(text: string, now: Date, year: YearChoice): SwedishDateResult {
  return parseSwedishDate(text, { today: todayIso(now), year });
}

/** How a date field shows a stored date: "31 mars 2027", which the field also reads back. */
export function dateFieldText(isoDate: string): string {
  return isValidIsoDate(isoDate) ? formatSwedishDate(isoDate) : isoDate;
}
