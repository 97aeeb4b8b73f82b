import { HeadingLevel, Paragraph } from 'docx';
import type { Block } from '../../model/types';

const levels = { 1: HeadingLevel.HEADING_1, 2: HeadingLevel.HEADING_2, 3: HeadingLevel.HEADING_3 } as const;

/** A heading in Word's own Heading 1–3 styles, so the navigation pane lists the §. */
export function writeHeading(block: Extract<Block, { kind: 'heading' }>): Paragraph[] {
  return [new Paragraph({ heading: levels[block.level], text: block.text })];
}
