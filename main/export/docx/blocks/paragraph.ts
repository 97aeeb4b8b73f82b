import { Paragraph } from 'docx';
import type { Block } from '../../model/types';
import { paragraphRuns } from '../runs';
import { styleIds } from '../styles';

/** A paragraph in Normal, or in Paragraf's small style for facts and its style for a decision's lead. */
export function writeParagraph(block: Extract<Block, { kind: 'paragraph' }>): Paragraph[] {
  const style = block.style === 'meta' ? styleIds.meta : block.style === 'lead' ? styleIds.lead : undefined;
  return [new Paragraph({ style, children: paragraphRuns(block.lines) })];
}
