import type { MinutesDocument } from '../../../shared/document/types';
import { validateDocument } from '../../../shared/document/validateDocument';
import { ParagrafError } from '../../../shared/contract/errors';
import type { MeetingContext } from '../../export/pageModel';
import type { ServiceContext } from '../context';
import { openMeeting } from '../meetings';
import { getOrganisation } from '../organisation';

/** A meeting as the exports read it: its stored minutes and the context the page model needs. */
export interface MeetingForExport {
  meetingId: string;
  bodyId: string;
  document: MinutesDocument;
  context: MeetingContext;
}

/** Reads a meeting for export; minutes that fail the schema are refused rather than half printed. */
export function meetingForExport(ctx: ServiceContext, meetingId: string): MeetingForExport {
  const opened = openMeeting(ctx, { id: meetingId });
  const validation = validateDocument(opened.document);
  if (!validation.ok) throw new ParagrafError('INVALID_DOCUMENT', validation.reason);
  const header = opened.document.content.find((node) => node.type === 'meetingHeader')?.attrs ?? {};
  const title = String(header.title ?? '').trim() || opened.meeting.title;
  return {
    meetingId,
    bodyId: opened.body.id,
    document: opened.document,
    context: {
      organisationName: getOrganisation(ctx).name,
      bodyName: opened.body.name,
      bodyKind: opened.body.kind,
      meetingKind: opened.meeting.kind,
      meetingTitle: title,
      meetingDate: String(header.date ?? '') || opened.meeting.date,
      firstParagraphNumber: opened.firstParagraphNumber,
    },
  };
}
