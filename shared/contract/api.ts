import type { z } from 'zod';
import type { InputSchemas } from './inputs';
import type { MethodKey } from './methods';
import type {
  AppStatus,
  Body,
  MeetingSummary,
  OpenedMeeting,
  Organisation,
  SavedMinutes,
  Template,
} from './models';

/** What each method returns. */
export interface MethodOutputs {
  'app.status': AppStatus;
  'organisation.get': Organisation;
  'organisation.rename': Organisation;
  'bodies.list': Body[];
  'bodies.rename': Body;
  'templates.list': Template[];
  'meetings.list': MeetingSummary[];
  'meetings.create': MeetingSummary;
  'meetings.open': OpenedMeeting;
  'minutes.save': SavedMinutes;
}

/** The input a method takes, as the caller writes it. */
export type InputOf<K extends MethodKey> = z.input<InputSchemas[K]>;
/** The input a method's handler receives, after parsing. */
export type ParsedInputOf<K extends MethodKey> = z.output<InputSchemas[K]>;
/** The value a method resolves to. */
export type OutputOf<K extends MethodKey> = MethodOutputs[K];

type NamespaceOf<K> = K extends `${infer N}.${string}` ? N : never;

/** The API the renderer sees: namespaces of methods, each taking one input object. */
export type ParagrafApi = {
  [N in NamespaceOf<MethodKey>]: {
    [K in MethodKey as K extends `${N}.${infer M}` ? M : never]: (input: InputOf<K>) => Promise<OutputOf<K>>;
  };
};
