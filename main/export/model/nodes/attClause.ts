import type { DocNodeJson } from '../../../../shared/document/types';
import { linesOf } from '../inline';
import type { Block } from '../types';

/** One att-sats: a list item marked "att", as Swedish decisions are written. */
export function mapAttClause(node: DocNodeJson): Block[] {
  return [{ kind: 'list', items: [{ marker: 'att', level: 0, lines: linesOf(node) }] }];
}
