import type { Language } from '../../../shared/i18n/translate';

/** A timestamp as Swedish minutes write it: 2026-11-23 14:05. */
export function formatTime(iso: string, language: Language): string {
  const date = new Date(iso);
  if (Number.isNaN(date.getTime())) return iso;
  return date.toLocaleString(language === 'sv' ? 'sv-SE' : 'en-GB', { dateStyle: 'short', timeStyle: 'short' });
}
