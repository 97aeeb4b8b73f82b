/**
 * The one list of method keys ("namespace.name"); channels, handlers and clients derive from it.
 * Written out rather than read off the input schemas, so the two clients (the preload and the
 * preview's page) do not load the zod schemas they never use: building them took the preload
 * about 50 ms and the page about 15 ms at every start (measured under Node on a 2-core machine).
 * `inputSchemas` must have exactly these keys (checked by the compiler where it is declared).
 */
export const methodKeys = [
  'app.status',
  'organisation.get', 'organisation.rename',
  'bodies.list', 'bodies.rename', 'bodies.create', 'bodies.update', 'bodies.members',
  'memberships.add', 'memberships.update', 'memberships.remove',
  'people.list', 'people.create', 'people.update',
  'templates.list', 'templates.get', 'templates.saveFromMeeting', 'templates.update', 'templates.delete',
  'numbering.setStart',
  'meetings.createSample', 'meetings.list', 'meetings.create', 'meetings.open', 'meetings.remove',
  'identity.get', 'identity.set',
  'justering.status', 'justering.send', 'justering.newRevision', 'justering.approve', 'justering.post', 'justering.compare', 'justering.audit', 'justering.exportReviewFile', 'justering.signedPdf', 'justering.importAnswer', 'justering.acceptSuggestion', 'justering.rejectComment',
  'reviews.open', 'reviews.list', 'reviews.get', 'reviews.comment', 'reviews.removeComment', 'reviews.answer',
  'minutes.save',
  'exports.meeting', 'exports.archive',
  'certificates.list', 'certificates.import', 'certificates.create', 'certificates.remove', 'certificates.download',
  'signatures.sign', 'signatures.verify',
] as const;

/** A method key such as "meetings.open". */
export type MethodKey = (typeof methodKeys)[number];

const known: ReadonlySet<string> = new Set(methodKeys);

/** The Electron IPC channel of a method. No other file writes a channel name. */
export function channelOf(key: MethodKey): string {
  return `paragraf:${key}`;
}

/** Whether a string names a method of the contract. */
export function isMethodKey(value: string): value is MethodKey {
  return known.has(value);
}
