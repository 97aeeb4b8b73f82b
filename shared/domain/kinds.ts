/** Kinds of body a meeting can belong to: styrelse (board), nämnd (municipal committee), utskott, årsmöte. */
export const bodyKinds = ['styrelse', 'nämnd', 'utskott', 'årsmöte'] as const;
/** A kind of body. */
export type BodyKind = (typeof bodyKinds)[number];

/** Kinds of document a meeting produces: protokoll (formal minutes), minnesanteckningar (notes), kallelse (notice). */
export const meetingKinds = ['protokoll', 'minnesanteckningar', 'kallelse'] as const;
/** A kind of meeting document. */
export type MeetingKind = (typeof meetingKinds)[number];

/** Roles a person can have in a body. Ersättare is also called suppleant in associations. */
export const memberRoles = [
  'ordförande',
  'vice ordförande',
  'sekreterare',
  'kassör',
  'ledamot',
  'ersättare',
  'adjungerad',
  'tjänsteperson',
] as const;
/** A role in a body. */
export type MemberRole = (typeof memberRoles)[number];

/** Whether a role is a seat that decides (ledamot in the wide sense), as opposed to ersättare and others. */
export function isDecidingRole(role: MemberRole): boolean {
  return role === 'ordförande' || role === 'vice ordförande' || role === 'sekreterare' || role === 'kassör' || role === 'ledamot';
}
