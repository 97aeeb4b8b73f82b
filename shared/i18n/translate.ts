import { en } from './en';
import { sv, type MessageKey } from './sv';

/** The UI languages, Swedish first. */
export const languages = ['sv', 'en'] as const;
/** A UI language. */
export type Language = (typeof languages)[number];

const catalogues: Record<Language, Record<MessageKey, string>> = { sv, en };

/** The text of a key in a language, with `{name}` placeholders filled in. */
export function translate(language: Language, key: MessageKey, values: Record<string, string> = {}): string {
  const template = catalogues[language][key];
  return template.replace(/\{(\w+)\}/g, (whole, name: string) => values[name] ?? whole);
}
