import { getSchema } from '@tiptap/core';
import type { Schema } from '@tiptap/pm/model';
import { createDocumentExtensions } from './extensions';

let cached: Schema | undefined;

/** The minutes schema built without an editor, for validation and export. */
export function getMinutesSchema(): Schema {
  cached ??= getSchema(createDocumentExtensions());
  return cached;
}
