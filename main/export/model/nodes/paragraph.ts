import type { DocNodeJson } from '../../../../shared/document/types';
import { linesOf } from '../inline';
import type { Block } from '../types';

/** A paragraph of running text; an empty one (a § not yet written) prints nothing. */
export function mapParagraph(node: DocNodeJson): Block[] {
  const lines = linesOf(node);
  if (lines.every((line) => line.every((run) => run.text.trim() === ''))) return [];
  return [{ kind: 'paragraph', style: 'body', lines }];
}
