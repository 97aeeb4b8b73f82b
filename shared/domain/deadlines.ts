import { isValidIsoDate } from './dates';

/** Adds days to a date written YYYY-MM-DD. */
export function addDays(isoDate: string, days: number): string {
  const [year, month, day] = isoDate.split('-').map(Number) as [number, number, number];
  const date = new Date(Date.UTC(year, month - 1, day + days));
  return date.toISOString().slice(0, 10);
}

/** The deadlines of a meeting's justering and anslag, from the body's rules. */
export interface Deadlines {
  /** Last day for justering: the date set at the meeting, at most 14 days after it for a nämnd. */
  adjustBy: string;
  /** For a nämnd: the anslag must be up by the second day after justering. */
  postBy: string | null;
  /** For a nämnd: the anslag stays up three weeks (the appeal period) from when it was posted. */
  takeDownOn: string | null;
}

/**
 * Deadlines for a meeting. Municipal bodies must justera within 14 days (KL 8 kap. 12 §) and
 * post the anslag within two days of justering (KL 8 kap. 12 §); it stays up three weeks
 * (the time to appeal, KL 13 kap. 5 §). Associations follow their statutes; the date set at
 * the meeting applies, or 14 days when none was set.
 */
export function meetingDeadlines(input: {
  meetingDate: string;
  adjustmentDate: string;
  municipal: boolean;
  adjustedOn: string | null;
  postedOn: string | null;
}): Deadlines {
  const latest = addDays(input.meetingDate, 14);
  const set = isValidIsoDate(input.adjustmentDate) ? input.adjustmentDate : '';
  const adjustBy = set && (!input.municipal || set <= latest) ? set : latest;
  if (!input.municipal) return { adjustBy, postBy: null, takeDownOn: null };
  return {
    adjustBy,
    postBy: input.adjustedOn ? addDays(input.adjustedOn, 2) : null,
    takeDownOn: input.postedOn ? addDays(input.postedOn, 21) : null,
  };
}

/** Whether a deadline has passed on a given day. */
export function isLate(deadline: string | null, today: string): boolean {
  return deadline !== null && today > deadline;
}
