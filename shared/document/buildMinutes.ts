import type { DocNodeJson, MeetingHeaderAttrs, MinutesDocument } from './types';
import { newNodeId } from './nodes/uniqueIds';

/** An agenda item as a template or a caller describes it. */
export interface AgendaItemSeed {
  title: string;
  paragraphs?: string[];
}

/** Builds one agenda item node, with an empty paragraph when it has no text yet. */
export function buildAgendaItem(seed: AgendaItemSeed): DocNodeJson {
  const texts = seed.paragraphs && seed.paragraphs.length > 0 ? seed.paragraphs : [''];
  return {
    type: 'agendaItem',
    attrs: { id: newNodeId() },
    content: [
      { type: 'agendaTitle', content: textContent(seed.title) },
      ...texts.map((text) => ({ type: 'paragraph', content: textContent(text) })),
    ],
  };
}

/** Builds the minutes of a new meeting: its header and its agenda items in order. */
export function buildMinutes(header: MeetingHeaderAttrs, items: AgendaItemSeed[]): MinutesDocument {
  const seeds = items.length > 0 ? items : [{ title: '' }];
  return {
    type: 'doc',
    content: [{ type: 'meetingHeader', attrs: { ...header } }, ...seeds.map(buildAgendaItem)],
  };
}

function textContent(text: string): DocNodeJson[] | undefined {
  return text === '' ? undefined : [{ type: 'text', text }];
}
