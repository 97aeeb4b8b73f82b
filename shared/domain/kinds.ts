/** Kinds of body a meeting can belong to: styrelse (board), nämnd (municipal committee), utskott, årsmöte. */
export const bodyKinds = ['styrelse', 'nämnd', 'utskott', 'årsmöte'] as const;
/** A kind of body. */
export type BodyKind = (typeof bodyKinds)[number];

/** Kinds of document a meeting produces: protokoll (formal minutes), minnesanteckningar (notes), kallelse (notice). */
export const meetingKinds = ['protokoll', 'minnesanteckningar', 'kallelse'] as const;
/** A kind of meeting document. */
export type MeetingKind = (typeof meetingKinds)[number];
