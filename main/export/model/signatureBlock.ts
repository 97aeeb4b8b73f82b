import type { RoleAssignment } from '../../../shared/document/nodes/attendance';
import type { MappingContext } from './mappingContext';
import { rangeOfRole, wholeRange } from './paragraphRanges';
import type { SignatureLine } from './types';

function linesFor(label: string, role: RoleAssignment['role'], ctx: MappingContext, atLeast: number): SignatureLine[] {
  const lines: SignatureLine[] = ctx.attendance.roles
    .filter((assignment) => assignment.role === role && assignment.name.trim() !== '')
    .map((assignment) => ({ role: label, name: assignment.name.trim(), paragraphs: rangeOfRole(assignment, ctx).text }));
  // An unnamed role still gets a line to sign on, as paper minutes have.
  while (lines.length < atLeast) lines.push({ role: label, name: '', paragraphs: wholeRange(ctx) });
  return lines;
}

/** Underskrifter: the secretary, the chair and each justerare, with the § each signs for. */
export function signatureLines(ctx: MappingContext): SignatureLine[] {
  if (ctx.meeting.meetingKind === 'minnesanteckningar') return linesFor('Antecknat av', 'sekreterare', ctx, 1);
  return [
    ...linesFor('Sekreterare', 'sekreterare', ctx, 1),
    ...linesFor('Ordförande', 'mötesordförande', ctx, 1),
    ...linesFor('Justerare', 'justerare', ctx, 1),
  ];
}
