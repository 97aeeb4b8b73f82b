import type { Node as PmNode } from '@tiptap/pm/model';
import type { DocNodeJson, MinutesDocument } from '../../shared/document/types';

/**
 * Serialises the document for saving, reusing the JSON of every top-level node that has not
 * changed since the last call: ProseMirror shares unchanged nodes between versions, so typing
 * in one § costs the serialisation of that § only.
 */
export function createDocumentSerializer(): (doc: PmNode) => MinutesDocument {
  let cache = new WeakMap<PmNode, DocNodeJson>();
  return (doc) => {
    const next = new WeakMap<PmNode, DocNodeJson>();
    const content: DocNodeJson[] = [];
    doc.forEach((child) => {
      const json = cache.get(child) ?? (child.toJSON() as DocNodeJson);
      next.set(child, json);
      content.push(json);
    });
    cache = next;
    return { type: 'doc', content };
  };
}
