import type { DocNodeJson, MeetingHeaderAttrs, MinutesDocument } from './types';
import { newNodeId } from './nodes/uniqueIds';

/** An agenda item as a template or a caller describes it. */
export interface AgendaItemSeed {
  title: string;
  presenter?: string;
  basis?: string;
  proposal?: string;
  paragraphs?: string[];
  /** Ready-made blocks (decisions, votes …) after the paragraphs. */
  blocks?: DocNodeJson[];
}

/** Builds one agenda item node, with an empty paragraph when it has no text yet. */
export function buildAgendaItem(seed: AgendaItemSeed): DocNodeJson {
  const texts = seed.paragraphs && seed.paragraphs.length > 0 ? seed.paragraphs : [''];
  return {
    type: 'agendaItem',
    attrs: {
      id: newNodeId(),
      presenter: seed.presenter ?? '',
      basis: seed.basis ?? '',
      proposal: seed.proposal ?? '',
      diaryNumber: '',
    },
    content: [
      { type: 'agendaTitle', content: textContent(seed.title) },
      ...texts.map((text) => ({ type: 'paragraph', content: textContent(text) })),
      ...(seed.blocks ?? []),
    ],
  };
}

/** Builds the minutes of a new meeting: its header and its agenda items in order. */
export function buildMinutes(
  header: MeetingHeaderAttrs,
  items: AgendaItemSeed[],
  parts: { attendance?: DocNodeJson; nextMeeting?: DocNodeJson } = {},
): MinutesDocument {
  const seeds = items.length > 0 ? items : [{ title: '' }];
  return {
    type: 'doc',
    content: [
      { type: 'meetingHeader', attrs: { ...header } },
      parts.attendance ?? { type: 'attendance', attrs: { attendees: [], roles: [] } },
      ...seeds.map(buildAgendaItem),
      ...(parts.nextMeeting ? [parts.nextMeeting] : []),
    ],
  };
}

/** Text content of a node: one text node, or none for empty text. */
export function textContent(text: string): DocNodeJson[] | undefined {
  return text === '' ? undefined : [{ type: 'text', text }];
}
