import type { DocNodeJson } from '../../../../shared/document/types';
import { whenAndWhere, withFullStop } from '../../../../shared/domain/swedishText';
import type { Block } from '../types';

/** When and where the body meets next. */
export function mapNextMeeting(node: DocNodeJson): Block[] {
  const attrs = (node.attrs ?? {}) as Record<string, string>;
  const text = whenAndWhere(attrs.date ?? '', attrs.startTime ?? '', attrs.endTime ?? '', attrs.place ?? '');
  if (!text) return [];
  return [
    { kind: 'heading', level: 2, text: 'Nästa möte' },
    { kind: 'paragraph', style: 'body', lines: [[{ text: withFullStop(text.charAt(0).toUpperCase() + text.slice(1)) }]] },
  ];
}
