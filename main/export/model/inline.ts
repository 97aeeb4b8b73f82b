import type { DocNodeJson } from '../../../shared/document/types';
import type { Line, TextRun } from './types';

/** What an inline node adds to a line: runs of text, or the end of the line (a hard break). */
export type InlineMapping = (node: DocNodeJson) => TextRun[] | 'break';

/** The inline nodes of the schema, by name; a node missing here fails the mapping test. */
export const inlineMappings: Record<'text' | 'hardBreak', InlineMapping> = {
  text: (node) => {
    const marks = new Set((node.marks ?? []).map((mark) => mark.type));
    const run: TextRun = { text: node.text ?? '' };
    if (marks.has('bold')) run.bold = true;
    if (marks.has('italic')) run.italic = true;
    return [run];
  },
  hardBreak: () => 'break',
};

function isInlineName(name: string): name is keyof typeof inlineMappings {
  return Object.prototype.hasOwnProperty.call(inlineMappings, name);
}

/** The lines of a textblock: its inline content split at hard breaks. */
export function linesOf(node: DocNodeJson): Line[] {
  const lines: Line[] = [[]];
  for (const child of node.content ?? []) {
    if (!isInlineName(child.type)) throw new Error(`no inline mapping for ${child.type}`);
    const runs = inlineMappings[child.type](child);
    if (runs === 'break') lines.push([]);
    else lines[lines.length - 1]!.push(...runs.filter((run) => run.text !== ''));
  }
  return lines;
}

/** The plain text of a node and everything inside it. */
export function plainText(node: DocNodeJson): string {
  if (node.type === 'text') return node.text ?? '';
  if (node.type === 'hardBreak') return '\n';
  return (node.content ?? []).map(plainText).join('');
}

/** A line of one run of plain text. */
export function textLine(text: string, look: Omit<TextRun, 'text'> = {}): Line {
  return text === '' ? [] : [{ text, ...look }];
}
