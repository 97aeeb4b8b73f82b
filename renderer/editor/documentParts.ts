import type { Node as PmNode } from '@tiptap/pm/model';
import { partKey } from '../../shared/document/partKey';

/** A top-level node of the minutes as a save sends it: kept from the stored version, or new JSON. */
export type DocumentPart = { keep: string } | { json: string };

/**
 * The minutes as a save against `base` (the version the store holds): unchanged top-level nodes
 * by key, changed ones as JSON. ProseMirror shares unchanged nodes between versions, so typing
 * in one § sends that § only, and the page never serialises or uploads the whole meeting.
 */
export function documentParts(doc: PmNode, base: PmNode): DocumentPart[] {
  const kept = new Set<PmNode>();
  base.forEach((child) => kept.add(child));
  const parts: DocumentPart[] = [];
  doc.forEach((child) => {
    parts.push(kept.has(child) ? { keep: partKey(child) } : { json: JSON.stringify(child.toJSON()) });
  });
  return parts;
}

/** Whether two versions of the minutes hold the very same top-level nodes in the same order. */
export function sameTopLevelNodes(a: PmNode, b: PmNode): boolean {
  if (a === b) return true;
  if (a.childCount !== b.childCount) return false;
  for (let index = 0; index < a.childCount; index += 1) if (a.child(index) !== b.child(index)) return false;
  return true;
}
