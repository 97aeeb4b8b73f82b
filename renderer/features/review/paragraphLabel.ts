import type { MessageKey } from '../../../shared/i18n/sv';

/** A § as the screens name it: "§ 3 Godkännande av dagordningen". */
export function paragraphLabel(t: (key: MessageKey, values?: Record<string, string>) => string, number: number, title: string): string {
  return `${t('justering.paragraph', { number: String(number) })} ${title}`;
}
