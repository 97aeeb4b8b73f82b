import type { Attendee } from '../document/nodes/attendance';

/** Where each agenda item stands, by id: its index in the meeting and its § number. */
export interface ItemOrder {
  ids: string[];
  numbers: Map<string, number>;
}

/** Builds the item order from the ids in document order and the first § number. */
export function itemOrder(ids: string[], first: number): ItemOrder {
  return { ids, numbers: new Map(ids.map((id, index) => [id, first + index])) };
}

function indexOf(order: ItemOrder, id: string | null, fallback: number): number {
  if (id === null) return fallback;
  const index = order.ids.indexOf(id);
  return index === -1 ? fallback : index;
}

/** Whether a person takes part in the item at `index`: present, in their range, not away, not jävig. */
export function takesPartAt(attendee: Attendee, order: ItemOrder, index: number): boolean {
  if (attendee.status !== 'present') return false;
  const last = order.ids.length - 1;
  const from = indexOf(order, attendee.presentFrom, 0);
  const to = indexOf(order, attendee.presentTo, last);
  if (index < from || index > to) return false;
  if (attendee.awayFrom !== null) {
    const awayFrom = indexOf(order, attendee.awayFrom, -1);
    const awayTo = indexOf(order, attendee.awayTo ?? attendee.awayFrom, awayFrom);
    if (awayFrom !== -1 && index >= awayFrom && index <= awayTo) return false;
  }
  const id = order.ids[index];
  return id === undefined || !attendee.disqualified.includes(id);
}

/**
 * The § ranges of presence as minutes write them beside a name: '' when present throughout,
 * "§ 105 – § 106" for a part of the meeting, "ej § 35 – § 44" for a stretch away, or both.
 */
export function presenceText(attendee: Attendee, order: ItemOrder): string {
  if (attendee.status !== 'present' || order.ids.length === 0) return '';
  const last = order.ids.length - 1;
  const from = indexOf(order, attendee.presentFrom, 0);
  const to = indexOf(order, attendee.presentTo, last);
  const parts: string[] = [];
  if (from !== 0 || to !== last) parts.push(rangeText(order, from, to));
  if (attendee.awayFrom !== null) {
    const awayFrom = indexOf(order, attendee.awayFrom, -1);
    const awayTo = indexOf(order, attendee.awayTo ?? attendee.awayFrom, awayFrom);
    if (awayFrom !== -1) parts.push(`ej ${rangeText(order, awayFrom, awayTo)}`);
  }
  return parts.join(', ');
}

function rangeText(order: ItemOrder, from: number, to: number): string {
  const first = order.numbers.get(order.ids[from] ?? '') ?? from + 1;
  const last = order.numbers.get(order.ids[to] ?? '') ?? to + 1;
  return first === last ? `§ ${first}` : `§ ${first} – § ${last}`;
}

/** The body's rule for beslutförhet. */
export type QuorumRule = { kind: 'majority' } | { kind: 'minimum'; count: number };

/** Beslutförhet at one item: who decides, how many must, and whether the meeting may decide. */
export interface Quorum {
  seats: number;
  deciding: number;
  required: number;
  ok: boolean;
}

/**
 * Counts the deciding members at an item: ordinary members who take part, and ersättare who
 * tjänstgör for a member. The rule "majority" is the usual one (more than half of the seats,
 * as KL 6 kap. 28 § says for nämnder); "minimum" is a fixed number from the statutes.
 */
export function quorumAt(attendees: Attendee[], order: ItemOrder, index: number, rule: QuorumRule): Quorum {
  const seats = attendees.filter((attendee) => attendee.group === 'member').length;
  const deciding = attendees.filter((attendee) => {
    if (attendee.group === 'member') return takesPartAt(attendee, order, index);
    if (attendee.group === 'substitute') return attendee.servingFor !== null && takesPartAt(attendee, order, index);
    return false;
  }).length;
  const required = rule.kind === 'majority' ? Math.floor(seats / 2) + 1 : rule.count;
  return { seats, deciding: Math.min(deciding, seats), required, ok: seats > 0 && deciding >= required };
}
