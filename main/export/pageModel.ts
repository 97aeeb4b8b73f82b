import type { ExportDocument } from '../../shared/contract/exportModels';
import { itemOrder } from '../../shared/domain/attendance';
import { agendaItemIds } from '../../shared/domain/numbering';
import type { DocNodeJson, MinutesDocument } from '../../shared/document/types';
import { composeKallelse } from './model/kallelse';
import type { MappingContext } from './model/mappingContext';
import { hasNodeMapping, nodeMappings } from './model/nodeMappings';
import type { AttendanceData, MeetingContext, PageHeader, PageModel } from './model/types';
import { composeUtdrag } from './model/utdrag';

export type { Block, PageModel, MeetingContext } from './model/types';

/** What to build: the whole minutes, the notice with its agenda, or an extract of some §. */
export interface PageModelOptions {
  document: ExportDocument;
  itemIds?: string[];
}

function attendanceOf(document: MinutesDocument): AttendanceData {
  const node = document.content.find((child) => child.type === 'attendance');
  return {
    attendees: (node?.attrs?.attendees ?? []) as AttendanceData['attendees'],
    roles: (node?.attrs?.roles ?? []) as AttendanceData['roles'],
  };
}

function decisionItems(document: MinutesDocument, first: number): Map<string, number> {
  const found = new Map<string, number>();
  const visit = (node: DocNodeJson, number: number) => {
    if (node.type === 'decision' && typeof node.attrs?.id === 'string') found.set(node.attrs.id, number);
    for (const child of node.content ?? []) visit(child, number);
  };
  document.content.filter((node) => node.type === 'agendaItem').forEach((item, index) => visit(item, first + index));
  return found;
}

function documentTitle(options: PageModelOptions, meeting: MeetingContext): string {
  if (options.document === 'kallelse' || meeting.meetingKind === 'kallelse') return 'KALLELSE';
  if (options.document === 'utdrag') return 'PROTOKOLLSUTDRAG';
  return meeting.meetingKind === 'minnesanteckningar' ? 'MINNESANTECKNINGAR' : 'PROTOKOLL';
}

function adjusterCount(ctx: MappingContext): number {
  return ctx.attendance.roles.filter((role) => role.role === 'justerare').length;
}

/** Builds the context node mappings read: numbering, attendance, and the record itself. */
export function createMappingContext(document: MinutesDocument, meeting: MeetingContext): MappingContext {
  const ctx: MappingContext = {
    meeting,
    order: itemOrder(agendaItemIds(document), meeting.firstParagraphNumber),
    attendance: attendanceOf(document),
    itemIndex: -1,
    attachmentCount: 0,
    decisionItems: decisionItems(document, meeting.firstParagraphNumber),
    map: (node) => {
      if (!hasNodeMapping(node.type)) throw new Error(`no export mapping for the node ${node.type}`);
      return nodeMappings[node.type](node, ctx);
    },
  };
  return ctx;
}

/**
 * The one page model both exports walk: the header every page carries and the blocks in reading
 * order. DOCX and PDF draw the same blocks, so they say the same thing in the same order.
 */
export function buildPageModel(document: MinutesDocument, meeting: MeetingContext, options: PageModelOptions): PageModel {
  const ctx = createMappingContext(document, meeting);
  const title = documentTitle(options, meeting);
  const header: PageHeader = {
    organisation: meeting.organisationName,
    body: meeting.bodyName,
    documentTitle: title,
    dateLabel: meeting.bodyKind === 'nämnd' ? 'Sammanträdesdatum' : 'Mötesdatum',
    date: meeting.meetingDate,
  };
  let blocks;
  if (title === 'KALLELSE') blocks = composeKallelse(document, ctx);
  else if (options.document === 'utdrag') blocks = composeUtdrag(document, ctx, options.itemIds ?? []);
  else blocks = ctx.map(document);
  const word = title.charAt(0) + title.slice(1).toLowerCase();
  return {
    document: options.document,
    properties: {
      title: `${word} ${meeting.bodyName} ${meeting.meetingDate}`,
      subject: meeting.meetingTitle,
      author: meeting.organisationName,
      keywords: [word, meeting.bodyName, meeting.organisationName, meeting.meetingDate],
      language: 'sv-SE',
    },
    header,
    adjusterFooter: title === 'PROTOKOLL' ? { boxes: Math.max(2, adjusterCount(ctx) + 1) } : null,
    blocks,
  };
}
