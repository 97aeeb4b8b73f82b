import { AlignmentType, LevelFormat, type INumberingOptions } from 'docx';
import { layout } from '../layout';
import type { ListMarker } from '../model/types';
import { twips } from './units';

/** The numbering definition each list marker uses. */
export const numberingReference: Record<ListMarker, string> = {
  att: 'paragraf-att',
  bullet: 'paragraf-bullet',
  number: 'paragraf-number',
};

const levels = [0, 1, 2, 3, 4] as const;
const bullets = ['•', '–', '▪', '•', '–'];

function indent(level: number) {
  return { left: twips(layout.list.indent * (level + 1)), hanging: twips(layout.list.hanging) };
}

/**
 * Real Word numbering: att-satser carry "att" as the list's own text (no number), bullet lists
 * bullets, numbered lists 1. 2. 3. restarting for each list.
 */
export const documentNumbering: INumberingOptions = {
  config: [
    {
      reference: numberingReference.att,
      levels: levels.map((level) => ({
        level,
        format: LevelFormat.NONE,
        text: 'att',
        alignment: AlignmentType.LEFT,
        style: { paragraph: { indent: { left: twips(layout.list.indent * (level + 1) + 2), hanging: twips(layout.list.hanging + 2) } } },
      })),
    },
    {
      reference: numberingReference.bullet,
      levels: levels.map((level) => ({
        level,
        format: LevelFormat.BULLET,
        text: bullets[level]!,
        alignment: AlignmentType.LEFT,
        style: { paragraph: { indent: indent(level) } },
      })),
    },
    {
      reference: numberingReference.number,
      levels: levels.map((level) => ({
        level,
        format: LevelFormat.DECIMAL,
        text: `%${level + 1}.`,
        alignment: AlignmentType.LEFT,
        style: { paragraph: { indent: indent(level) } },
      })),
    },
  ],
};
