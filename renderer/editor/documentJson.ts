import type { Node as PmNode } from '@tiptap/pm/model';

/**
 * Serialises the document to JSON text for saving, keeping the text of every top-level node
 * that has not changed: typing in one § costs the JSON of that § and a string join, so a save
 * never blocks the page for long even in a 200-§ meeting. Returns the same string object
 * when nothing changed, so callers can skip an identical save.
 */
export function createDocumentJsonSerializer(): (doc: PmNode) => string {
  let cache = new WeakMap<PmNode, string>();
  let previousParts: string[] = [];
  let previous = '';
  return (doc) => {
    const next = new WeakMap<PmNode, string>();
    const parts: string[] = [];
    doc.forEach((child) => {
      const json = cache.get(child) ?? JSON.stringify(child.toJSON());
      next.set(child, json);
      parts.push(json);
    });
    cache = next;
    const unchanged = previousParts.length === parts.length && parts.every((part, index) => part === previousParts[index]);
    if (!unchanged || previous === '') previous = `{"type":"doc","content":[${parts.join(',')}]}`;
    previousParts = parts;
    return previous;
  };
}
