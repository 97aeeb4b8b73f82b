import { createDocument, type Editor } from '@tiptap/core';
import type { Node as PmNode } from '@tiptap/pm/model';
import type { ParagrafApi } from '../../../shared/contract/api';
import { ParagrafError } from '../../../shared/contract/errors';
import type { Rebase } from './Autosaver';
import { mergeMinutes } from './mergeMinutes';
import { replaceMinutes } from './replaceMinutes';

/** After a conflict: the store's version to save against, or the parts both windows changed. */
export type CatchUp = { kind: 'rebased'; rebase: Rebase } | { kind: 'conflict'; parts: string[] };

/**
 * Reads the minutes another window has saved and takes them into this window's editor (see
 * `mergeMinutes`): at once if the two changed different parts; when both changed the same part,
 * only with `prefer` (the user's choice), else the parts are handed back to ask about.
 * READ_ONLY if the minutes have meanwhile been sent for justering.
 */
export async function catchUp(
  api: ParagrafApi,
  meetingId: string,
  editor: Editor,
  baseline: PmNode,
  prefer?: 'ours' | 'theirs',
): Promise<CatchUp> {
  const stored = await api.meetings.open({ id: meetingId });
  if (stored.meeting.state !== 'utkast') throw new ParagrafError('READ_ONLY', `the minutes are ${stored.meeting.state}`);
  if (editor.isDestroyed) throw new ParagrafError('REVISION_CONFLICT', 'the editor has closed');
  const theirs = createDocument(stored.document, editor.schema);
  const merged = mergeMinutes(baseline, editor.state.doc, theirs, prefer);
  const parts = merged ? merged.conflicts : ['whole'];
  if (parts.length > 0 && !prefer) return { kind: 'conflict', parts };
  if (merged) replaceMinutes(editor, merged.doc);
  else if (prefer === 'theirs') replaceMinutes(editor, theirs);
  return { kind: 'rebased', rebase: { version: stored.version, baseline: merged?.baseline ?? theirs } };
}
