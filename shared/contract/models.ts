import type { MinutesDocument } from '../document/types';

export { bodyKinds, meetingKinds, memberRoles } from '../domain/kinds';
export type { BodyKind, MeetingKind, MemberRole } from '../domain/kinds';
import type { BodyKind, MeetingKind, MemberRole } from '../domain/kinds';
import type { QuorumRule } from '../domain/attendance';
import type { AgendaItemSeed } from '../document/buildMinutes';
import type { MeetingState } from './justering';

/** The association, company or municipality that owns the bodies. */
export interface Organisation {
  id: string;
  name: string;
}

/** A body that holds meetings: a board, a committee, a general meeting. */
export interface Body {
  id: string;
  organisationId: string;
  name: string;
  kind: BodyKind;
  quorumRule: QuorumRule;
}

/** A person in the register. Two people may share a name; the id keeps them apart. */
export interface Person {
  id: string;
  name: string;
  email: string;
}

/** A person's seat or role in a body, with party for municipal bodies. */
export interface Membership {
  id: string;
  bodyId: string;
  personId: string;
  personName: string;
  role: MemberRole;
  party: string;
}

/** An agenda to start a meeting from. */
export interface Template {
  id: string;
  name: string;
  kind: MeetingKind;
  builtin: boolean;
  itemTitles: string[];
}

/** A template with its agenda items, for editing and for starting a meeting. */
export interface TemplateDetail extends Template {
  items: AgendaItemSeed[];
}

/** A meeting as the meeting list shows it. */
export interface MeetingSummary {
  id: string;
  bodyId: string;
  bodyName: string;
  title: string;
  kind: MeetingKind;
  date: string;
  updatedAt: string;
  /** Utkast, till justering, justerat or anslaget. */
  state: MeetingState;
  /** The next deadline of the justering or the anslag, if one applies now. */
  deadline: string | null;
  /** Whether that deadline has passed. */
  late: boolean;
  /**
   * Whether the meeting may be removed: a draft never sent for justering. Minutes that have been
   * frozen as a revision are part of the record and stay.
   */
  removable: boolean;
}

/** A meeting opened for editing: its summary, its minutes and their version. */
export interface OpenedMeeting {
  meeting: MeetingSummary;
  body: Body;
  /** The body's members, for attendance and @-completion. */
  members: Membership[];
  /** The § number of the meeting's first agenda item. */
  firstParagraphNumber: number;
  document: MinutesDocument;
  version: number;
}

/** Result of a save: the version the next save must name. */
export interface SavedMinutes {
  version: number;
  savedAt: string;
}

/** Something the user must be told at start, such as a database that was moved aside. */
export interface StartupNotice {
  code: 'DATABASE_RECOVERED';
  movedTo: string;
}

/** What the app knows about itself and its data folder. */
export interface AppStatus {
  version: string;
  dataDir: string;
  notices: StartupNotice[];
}
