import type { DocNodeJson } from '../../../../shared/document/types';
import { plainText } from '../inline';
import { currentNumber, type MappingContext } from '../mappingContext';
import type { Block } from '../types';

/** The item's heading: its derived § number and its title, "§ 12 Budget för 2027". */
export function mapAgendaTitle(node: DocNodeJson, ctx: MappingContext): Block[] {
  const title = plainText(node).replace(/\s+/g, ' ').trim();
  const number = `§ ${currentNumber(ctx)}`;
  return [{ kind: 'heading', level: 2, text: title ? `${number} ${title}` : number }];
}
