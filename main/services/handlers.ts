import type { OutputOf, ParsedInputOf } from '../../shared/contract/api';
import type { MethodKey } from '../../shared/contract/methods';
import { createBody, listBodies, renameBody, updateBody } from './bodies';
import type { ServiceContext } from './context';
import { createMeeting, listMeetings, openMeeting, removeMeeting } from './meetings';
import { saveMinutes } from './minutes';
import { getOrganisation, renameOrganisation } from './organisation';
import { setNumberingStart } from './numbering';
import {
  addMembership,
  createPerson,
  listMembers,
  listPeople,
  removeMembership,
  updateMembership,
  updatePerson,
} from './people';
import { createSampleMeeting } from './sampleMeeting';
import { exportArchive } from './archive';
import { createCertificate, downloadCertificate, importCertificate, listCertificates, removeCertificate } from './certificates';
import { exportMeeting } from './exports';
import { signPdfFile, verifyPdfFile } from './signatures';
import { listAudit } from './audit';
import { getIdentity, setIdentity } from './identity';
import { compareRevisions, justeringStatus, postNotice, sendForReview, startNewRevision } from './revisions';
import {
  answerReviewSigned,
  commentOnReview,
  exportReviewFileWithPdf,
  getReceivedReview,
  importAnswerWithPdf,
  listReceivedReviews,
  openReviewFile,
  removeReviewComment,
} from './reviewFiles';
import { approveHereSigned, signedRevisionPdf } from './revisionPdfs';
import { acceptSuggestion, rejectComment } from './suggestions';
import { deleteTemplate, getTemplate, listTemplates, saveTemplateFromMeeting, updateTemplate } from './templates';

/** A service function behind one method of the contract. */
export type Handler<K extends MethodKey> = (ctx: ServiceContext, input: ParsedInputOf<K>) => OutputOf<K> | Promise<OutputOf<K>>;

/** The handler table: one service function per method; a method without one does not compile. */
export const handlers: { [K in MethodKey]: Handler<K> } = {
  'app.status': (ctx) => ({ version: ctx.version, dataDir: ctx.dataDir, notices: ctx.notices }),
  'organisation.get': (ctx) => getOrganisation(ctx),
  'organisation.rename': renameOrganisation,
  'bodies.list': (ctx) => listBodies(ctx),
  'bodies.rename': renameBody,
  'bodies.create': createBody,
  'bodies.update': updateBody,
  'bodies.members': listMembers,
  'memberships.add': addMembership,
  'memberships.update': updateMembership,
  'memberships.remove': removeMembership,
  'people.list': (ctx) => listPeople(ctx),
  'people.create': createPerson,
  'people.update': updatePerson,
  'templates.list': (ctx) => listTemplates(ctx),
  'templates.get': getTemplate,
  'templates.saveFromMeeting': saveTemplateFromMeeting,
  'templates.update': updateTemplate,
  'templates.delete': deleteTemplate,
  'numbering.setStart': setNumberingStart,
  'meetings.createSample': (ctx) => createSampleMeeting(ctx),
  'identity.get': (ctx) => getIdentity(ctx),
  'identity.set': setIdentity,
  'justering.status': justeringStatus,
  'justering.send': sendForReview,
  'justering.newRevision': startNewRevision,
  'justering.approve': approveHereSigned,
  'justering.post': postNotice,
  'justering.compare': compareRevisions,
  'justering.audit': listAudit,
  'justering.exportReviewFile': exportReviewFileWithPdf,
  'justering.signedPdf': signedRevisionPdf,
  'justering.importAnswer': importAnswerWithPdf,
  'justering.acceptSuggestion': acceptSuggestion,
  'justering.rejectComment': rejectComment,
  'reviews.open': openReviewFile,
  'reviews.list': (ctx) => listReceivedReviews(ctx),
  'reviews.get': getReceivedReview,
  'reviews.comment': commentOnReview,
  'reviews.removeComment': removeReviewComment,
  'reviews.answer': answerReviewSigned,
  'meetings.list': (ctx) => listMeetings(ctx),
  'meetings.create': createMeeting,
  'meetings.open': openMeeting,
  'meetings.remove': removeMeeting,
  'minutes.save': saveMinutes,
  'exports.meeting': exportMeeting,
  'exports.archive': exportArchive,
  'certificates.list': (ctx) => listCertificates(ctx),
  'certificates.import': importCertificate,
  'certificates.create': createCertificate,
  'certificates.remove': removeCertificate,
  'certificates.download': downloadCertificate,
  'signatures.sign': signPdfFile,
  'signatures.verify': (_ctx, input) => verifyPdfFile(input),
};
