import type { RoleAssignment } from '../../../shared/document/nodes/attendance';
import { paragraphRange } from '../../../shared/domain/numbering';
import type { MappingContext } from './mappingContext';

/** The § a role covers ("§ 1 – § 6"), and whether that is less than the whole meeting. */
export function rangeOfRole(assignment: RoleAssignment, ctx: MappingContext): { text: string; partial: boolean } {
  const ids = ctx.order.ids;
  const last = ids.length - 1;
  const from = assignment.from === null ? 0 : Math.max(ids.indexOf(assignment.from), 0);
  const foundTo = assignment.to === null ? last : ids.indexOf(assignment.to);
  const to = foundTo === -1 ? last : Math.max(foundTo, from);
  const first = ctx.order.numbers.get(ids[from] ?? '') ?? ctx.meeting.firstParagraphNumber + from;
  return { text: paragraphRange(first, to - from + 1), partial: from !== 0 || to !== last };
}

/** The § range of the whole meeting: "§ 1 – § 10". */
export function wholeRange(ctx: MappingContext): string {
  return paragraphRange(ctx.meeting.firstParagraphNumber, Math.max(ctx.order.ids.length, 1));
}
