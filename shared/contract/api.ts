import type { z } from 'zod';
import type { InputSchemas } from './inputs';
import type { MethodKey } from './methods';
import type { AnswerImport, AuditEntry, ItemChange, JusteringStatus, OutgoingFile, ReceivedReview } from './justering';
import type { ArchiveResult, CertificateInfo, ExportedFile, PdfVerification } from './exportModels';
import type {
  AppStatus,
  Body,
  MeetingSummary,
  Membership,
  OpenedMeeting,
  Organisation,
  Person,
  SavedMinutes,
  Template,
  TemplateDetail,
} from './models';

/** What each method returns. */
export interface MethodOutputs {
  'app.status': AppStatus;
  'organisation.get': Organisation;
  'organisation.rename': Organisation;
  'bodies.list': Body[];
  'bodies.rename': Body;
  'bodies.create': Body;
  'bodies.update': Body;
  'bodies.members': Membership[];
  'memberships.add': Membership;
  'memberships.update': Membership;
  'memberships.remove': { removed: true };
  'people.list': Person[];
  'people.create': Person;
  'people.update': Person;
  'templates.list': Template[];
  'templates.get': TemplateDetail;
  'templates.saveFromMeeting': Template;
  'templates.update': Template;
  'templates.delete': { removed: true };
  'numbering.setStart': { bodyId: string; year: number; first: number };
  'meetings.createSample': MeetingSummary;
  'identity.get': { name: string };
  'identity.set': { name: string };
  'justering.status': JusteringStatus;
  'justering.send': JusteringStatus;
  'justering.newRevision': JusteringStatus;
  'justering.approve': JusteringStatus;
  'justering.post': JusteringStatus;
  'justering.compare': ItemChange[];
  'justering.audit': AuditEntry[];
  'justering.exportReviewFile': OutgoingFile;
  'justering.signedPdf': ExportedFile;
  'justering.importAnswer': AnswerImport;
  'justering.acceptSuggestion': JusteringStatus;
  'justering.rejectComment': JusteringStatus;
  'reviews.open': ReceivedReview;
  'reviews.list': ReceivedReview[];
  'reviews.get': ReceivedReview;
  'reviews.comment': ReceivedReview;
  'reviews.removeComment': ReceivedReview;
  'reviews.answer': OutgoingFile;
  'meetings.list': MeetingSummary[];
  'meetings.create': MeetingSummary;
  'meetings.open': OpenedMeeting;
  'meetings.remove': { removed: true };
  'minutes.save': SavedMinutes;
  'exports.meeting': ExportedFile;
  'exports.archive': ArchiveResult;
  'certificates.list': CertificateInfo[];
  'certificates.import': CertificateInfo;
  'certificates.create': CertificateInfo;
  'certificates.remove': { removed: true };
  'certificates.download': ExportedFile;
  'signatures.sign': ExportedFile;
  'signatures.verify': PdfVerification;
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
