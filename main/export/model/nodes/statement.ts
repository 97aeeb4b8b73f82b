import type { PersonRef } from '../../../../shared/document/nodes/attributeSchemas';
import type { DocNodeJson } from '../../../../shared/document/types';
import { linesOf, plainText } from '../inline';
import { currentNumber, type MappingContext } from '../mappingContext';
import { joinNames } from '../../../../shared/domain/swedishText';
import type { Block } from '../types';

function names(node: DocNodeJson): string {
  return joinNames(((node.attrs?.persons ?? []) as PersonRef[]).map((person) => person.name));
}

function textBlocks(node: DocNodeJson): Block[] {
  return plainText(node).trim() === '' ? [] : [{ kind: 'paragraph', style: 'body', lines: linesOf(node) }];
}

/** A reservation: who reserves themselves against which decision, then their motivation. */
export function mapReservation(node: DocNodeJson, ctx: MappingContext): Block[] {
  const who = names(node) || 'Ledamot';
  const decisionId = node.attrs?.decisionId as string | null | undefined;
  const decisionNumber = decisionId ? ctx.decisionItems.get(decisionId) : undefined;
  const against = decisionNumber !== undefined && decisionNumber !== currentNumber(ctx) ? `beslutet i § ${decisionNumber}` : 'beslutet';
  return [
    { kind: 'heading', level: 3, text: 'Reservation' },
    { kind: 'paragraph', style: 'body', lines: [[{ text: `${who} reserverar sig mot ${against}.` }]] },
    ...textBlocks(node),
  ];
}

/** A protokollsanteckning: who asked for it, then its text. */
export function mapProtocolNote(node: DocNodeJson): Block[] {
  const who = names(node);
  return [{ kind: 'heading', level: 3, text: who ? `Protokollsanteckning från ${who}` : 'Protokollsanteckning' }, ...textBlocks(node)];
}
