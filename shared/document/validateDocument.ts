import type { Node as PmNode } from '@tiptap/pm/model';
import { getMinutesSchema } from './schema';
import type { MinutesDocument } from './types';

/** The outcome of validating stored or received minutes. */
export type DocumentValidation = { ok: true; node: PmNode } | { ok: false; reason: string };

/** Checks that JSON is a well-formed minutes document: known nodes, valid content and attributes. */
export function validateDocument(json: unknown): DocumentValidation {
  if (typeof json !== 'object' || json === null || (json as { type?: unknown }).type !== 'doc') {
    return { ok: false, reason: 'the top node is not a doc' };
  }
  return validateNode(json);
}

/** Checks that JSON is a well-formed node of the minutes schema (the doc, or one of its parts). */
export function validateNode(json: unknown): DocumentValidation {
  try {
    const node = getMinutesSchema().nodeFromJSON(json);
    node.check();
    return { ok: true, node };
  } catch (error) {
    return { ok: false, reason: error instanceof Error ? error.message : String(error) };
  }
}

/** Narrows validated JSON to the minutes type. */
export function asMinutesDocument(json: unknown): MinutesDocument {
  return json as MinutesDocument;
}
