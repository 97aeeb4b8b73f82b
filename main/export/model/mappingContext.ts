import type { ItemOrder } from '../../../shared/domain/attendance';
import type { DocNodeJson } from '../../../shared/document/types';
import type { AttendanceData, Block, MeetingContext } from './types';

/** What a node's mapping may read while the page model is built, and how it maps its children. */
export interface MappingContext {
  meeting: MeetingContext;
  /** Every agenda item of the meeting in order, with its § number. */
  order: ItemOrder;
  attendance: AttendanceData;
  /** The agenda item being mapped (its index in `order`), or -1 outside items. */
  itemIndex: number;
  /** How many attachments were numbered so far: "Bilaga 3" counts across the meeting. */
  attachmentCount: number;
  /** The § of each decision by id, so a reservation can name a decision in another §. */
  decisionItems: Map<string, number>;
  /** Maps one node through the record of node mappings. */
  map: (node: DocNodeJson) => Block[];
}

/** The § number of the item being mapped. */
export function currentNumber(ctx: MappingContext): number {
  const id = ctx.order.ids[ctx.itemIndex] ?? '';
  return ctx.order.numbers.get(id) ?? ctx.meeting.firstParagraphNumber + Math.max(ctx.itemIndex, 0);
}

/** Maps every child of a node in order. */
export function mapChildren(node: DocNodeJson, ctx: MappingContext): Block[] {
  return (node.content ?? []).flatMap((child) => ctx.map(child));
}
