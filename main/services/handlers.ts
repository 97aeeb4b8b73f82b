import type { OutputOf, ParsedInputOf } from '../../shared/contract/api';
import type { MethodKey } from '../../shared/contract/methods';
import { listBodies, renameBody } from './bodies';
import type { ServiceContext } from './context';
import { createMeeting, listMeetings, openMeeting } from './meetings';
import { saveMinutes } from './minutes';
import { getOrganisation, renameOrganisation } from './organisation';
import { listTemplates } from './templates';

/** A service function behind one method of the contract. */
export type Handler<K extends MethodKey> = (ctx: ServiceContext, input: ParsedInputOf<K>) => OutputOf<K>;

/** The handler table: one service function per method; a method without one does not compile. */
export const handlers: { [K in MethodKey]: Handler<K> } = {
  'app.status': (ctx) => ({ version: ctx.version, dataDir: ctx.dataDir, notices: ctx.notices }),
  'organisation.get': (ctx) => getOrganisation(ctx),
  'organisation.rename': renameOrganisation,
  'bodies.list': (ctx) => listBodies(ctx),
  'bodies.rename': renameBody,
  'templates.list': (ctx) => listTemplates(ctx),
  'meetings.list': (ctx) => listMeetings(ctx),
  'meetings.create': createMeeting,
  'meetings.open': openMeeting,
  'minutes.save': saveMinutes,
};
