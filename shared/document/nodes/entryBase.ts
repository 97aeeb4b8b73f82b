import { optionalIdAttribute } from './attributeRules';

/** The id attribute every entry has: comments, diffs and references anchor on it. */
export function entryIdAttribute() {
  return { id: { default: null, validate: optionalIdAttribute, keepOnSplit: false } };
}

/** Reads a JSON attribute written by renderHTML back from the DOM (copy and paste inside Paragraf). */
export function jsonFromAttribute(element: HTMLElement, name: string, fallback: unknown): unknown {
  const raw = element.getAttribute(name);
  if (raw === null) return fallback;
  try {
    return JSON.parse(raw) as unknown;
  } catch {
    return fallback;
  }
}
