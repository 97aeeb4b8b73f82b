import type { PersonRef } from '../../../../shared/document/nodes/attributeSchemas';
import { formatSwedishDate } from '../../../../shared/domain/dates';
import type { DocNodeJson } from '../../../../shared/document/types';
import { linesOf } from '../inline';
import { joinNames } from '../../../../shared/domain/swedishText';
import type { Block, Line } from '../types';

/** An assignment as one sentence: "Erik Johansson får i uppdrag att … senast 31 mars 2027." */
export function mapAssignment(node: DocNodeJson): Block[] {
  const assignees = (node.attrs?.assignees ?? []) as PersonRef[];
  const deadline = String(node.attrs?.deadline ?? '');
  const lines = linesOf(node);
  const first = lines[0] ?? [];
  // The text may start with "att" or not; the sentence supplies it once.
  const head = first[0];
  if (head && /^att\s/i.test(head.text)) first[0] = { ...head, text: head.text.replace(/^att\s+/i, '') };
  const who = joinNames(assignees.map((person) => person.name));
  const opening: Line = [{ text: who ? `${who} får i uppdrag att ` : 'Uppdrag att ' }];
  const last = lines[lines.length - 1] ?? [];
  const lastText = last.map((run) => run.text).join('').trimEnd();
  const closing = deadline ? ` senast ${formatSwedishDate(deadline)}` : '';
  const stop = /[.!?]$/.test(lastText) && !closing ? '' : '.';
  const sentence: Line[] = lines.map((line, index) => {
    const withOpening = index === 0 ? [...opening, ...line] : [...line];
    return index === lines.length - 1 ? [...withOpening, { text: `${closing}${stop}` }] : withOpening;
  });
  return [
    { kind: 'heading', level: 3, text: 'Uppdrag' },
    { kind: 'paragraph', style: 'body', lines: sentence },
  ];
}
