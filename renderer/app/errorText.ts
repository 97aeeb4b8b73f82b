import { ParagrafError } from '../../shared/contract/errors';
import type { MessageKey } from '../../shared/i18n/sv';

/** The UI text for an error: one text per contract code, never a parsed message. */
export function errorText(t: (key: MessageKey, values?: Record<string, string>) => string, error: unknown): string {
  if (error instanceof ParagrafError) return t(`error.${error.code}`, { detail: error.message });
  return t('error.INTERNAL');
}
