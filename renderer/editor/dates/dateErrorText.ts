import { swedishMonthNames, type SwedishDateResult } from '../../../shared/domain/swedishDates';
import type { Translate } from '../context/meetingContext';

/** The message shown in place for a date that could not be read; null when it was read. */
export function dateErrorText(result: SwedishDateResult, t: Translate): string | null {
  if (result.ok) return null;
  switch (result.reason) {
    case 'empty':
      return null;
    case 'noSuchDate':
      return t('date.noSuchDate', {
        day: String(result.day),
        month: swedishMonthNames[result.month - 1] ?? String(result.month),
        year: String(result.year),
        days: String(result.daysInMonth),
      });
    case 'noSuchMonth':
      return t('date.noSuchMonth', { month: String(result.month) });
    case 'noSuchTime':
      return t('date.noSuchTime', { time: result.time });
    case 'unreadable':
      return t('date.unreadable');
  }
}
